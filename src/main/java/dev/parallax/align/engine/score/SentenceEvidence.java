package dev.parallax.align.engine.score;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How a sentence-level alignment of the same two versions links their paragraphs: for every pair of
 * paragraphs, the number of sentence links between them. A paragraph bead that keeps a paragraph's
 * sentence links inside it agrees with the sentence alignment; each link it cuts (to a paragraph outside
 * the bead, or because the paragraph is left unaligned) is evidence against it. The sentence alignment
 * sees sentence boundaries the paragraph DP cannot, and any grouping of paragraphs: the paragraph DP pays
 * for the links it cuts, and {@link dev.parallax.align.engine.SentenceGroups} reads the final grouping off
 * these links.
 */
public final class SentenceEvidence {

    private final int[] totalA;
    private final int[] totalB;
    /** For each paragraph of A: pairs (paragraph of B, links), flattened. */
    private final int[][] linksOfA;

    /** Sum of the links' confidences per pair of paragraphs, keyed a << 32 | b. */
    private final Map<Long, Double> confidence = new HashMap<>();

    /** Per paragraph, the mean confidence of its sentences left alone (NaN: none was). */
    private final double[] aloneA;
    private final double[] aloneB;

    /** @param links each {a paragraph, b paragraph} of a sentence link (repeats count) */
    public SentenceEvidence(int n, int m, List<int[]> links) {
        this(n, m, links, null, null, null);
    }

    /**
     * @param confidences each link's confidence (0..1), in the order of {@code links}; null: all 1
     * @param aloneA      per paragraph of A, the mean confidence of its sentences the alignment left alone
     *                    (NaN where none was; null: unknown)
     * @param aloneB      the same for B
     */
    public SentenceEvidence(int n, int m, List<int[]> links, double[] confidences, double[] aloneA, double[] aloneB) {
        this.aloneA = aloneA;
        this.aloneB = aloneB;
        totalA = new int[n];
        totalB = new int[m];
        int[][] tmp = new int[n][];
        for (int k = 0; k < links.size(); k++) {
            int[] l = links.get(k);
            confidence.merge(((long) l[0] << 32) | l[1], confidences == null ? 1.0 : confidences[k], Double::sum);
            totalA[l[0]]++;
            totalB[l[1]]++;
            int[] e = tmp[l[0]] == null ? new int[0] : tmp[l[0]];
            boolean found = false;
            for (int x = 0; x < e.length; x += 2) {
                if (e[x] == l[1]) {
                    e[x + 1]++;
                    found = true;
                }
            }
            if (!found) {
                e = Arrays.copyOf(e, e.length + 2);
                e[e.length - 2] = l[1];
                e[e.length - 1] = 1;
            }
            tmp[l[0]] = e;
        }
        for (int i = 0; i < n; i++) {
            if (tmp[i] == null) {
                tmp[i] = new int[0];
            }
        }
        linksOfA = tmp;
    }

    /** How sure the sentence alignment is that paragraph {@code a}'s unlinked sentences have no counterpart (NaN: unknown). */
    public double aloneConfidenceA(int a) {
        return aloneA == null ? Double.NaN : aloneA[a];
    }

    public double aloneConfidenceB(int b) {
        return aloneB == null ? Double.NaN : aloneB[b];
    }

    /** The paragraphs of B that paragraph {@code a} of A shares at least one sentence link with. */
    public int[] partnersOfA(int a) {
        int[] e = linksOfA[a];
        int[] out = new int[e.length / 2];
        for (int x = 0; x < e.length; x += 2) {
            out[x / 2] = e[x];
        }
        return out;
    }

    /** The sum of the confidences of the sentence links between paragraphs {@code a} and {@code b}. */
    public double confidenceSum(int a, int b) {
        return confidence.getOrDefault(((long) a << 32) | b, 0.0);
    }

    public int totalA(int a) {
        return totalA[a];
    }

    public int totalB(int b) {
        return totalB[b];
    }

    /** Sentence links between paragraph {@code a} and paragraphs {@code bFrom..bTo} of B. */
    public int linksWithin(int a, int bFrom, int bTo) {
        int[] e = linksOfA[a];
        int s = 0;
        for (int k = 0; k < e.length; k += 2) {
            if (e[k] >= bFrom && e[k] <= bTo) {
                s += e[k + 1];
            }
        }
        return s;
    }

    /** Sentence links between paragraphs {@code a} and {@code b}. */
    public int links(int a, int b) {
        return linksWithin(a, b, b);
    }
}
