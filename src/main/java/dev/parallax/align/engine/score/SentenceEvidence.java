package dev.parallax.align.engine.score;

import java.util.Arrays;
import java.util.List;

/**
 * How a sentence-level alignment of the same two versions links their paragraphs: for every pair of
 * paragraphs, the number of sentence links between them. A paragraph bead that keeps a paragraph's
 * sentence links inside it agrees with the sentence alignment; each link it cuts (to a paragraph outside
 * the bead, or because the paragraph is left unaligned) is evidence against it. The sentence alignment
 * sees sentence boundaries the paragraph DP cannot, and any grouping of paragraphs; the paragraph DP
 * overrides it where a single sentence link is wrong.
 */
public final class SentenceEvidence {

    private final int[] totalA;
    private final int[] totalB;
    /** For each paragraph of A: pairs (paragraph of B, links), flattened. */
    private final int[][] linksOfA;

    /** @param links each {a paragraph, b paragraph} of a sentence link (repeats count) */
    public SentenceEvidence(int n, int m, List<int[]> links) {
        totalA = new int[n];
        totalB = new int[m];
        int[][] tmp = new int[n][];
        for (int[] l : links) {
            totalA[l[0]]++;
            totalB[l[1]]++;
            int[] e = tmp[l[0]] == null ? new int[0] : tmp[l[0]];
            boolean found = false;
            for (int k = 0; k < e.length; k += 2) {
                if (e[k] == l[1]) {
                    e[k + 1]++;
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

    /** {paragraph of B, links} of the paragraph of B that paragraph {@code a} shares most sentence links with, or null. */
    public int[] strongestOfA(int a) {
        int[] e = linksOfA[a];
        int[] best = null;
        for (int k = 0; k < e.length; k += 2) {
            if (best == null || e[k + 1] > best[1]) {
                best = new int[] {e[k], e[k + 1]};
            }
        }
        return best;
    }

    /** As {@link #strongestOfA} for a paragraph of B (a linear scan: for the few paragraphs left alone). */
    public int[] strongestOfB(int b) {
        int[] best = null;
        for (int a = 0; a < linksOfA.length; a++) {
            int k = links(a, b);
            if (k > 0 && (best == null || k > best[1])) {
                best = new int[] {a, k};
            }
        }
        return best;
    }

    /** Sentence links between paragraphs {@code a} and {@code b}. */
    public int links(int a, int b) {
        return linksWithin(a, b, b);
    }
}
