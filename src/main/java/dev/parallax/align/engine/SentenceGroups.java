package dev.parallax.align.engine;

import dev.parallax.align.engine.score.SentenceEvidence;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Paragraph beads read off the sentence alignment: two paragraphs that share a sentence link belong to one
 * bead, directly or through other paragraphs (x0 holds sentences of y0 and y1, x1 of y1: one bead of three),
 * and a paragraph none of whose sentences is linked stands alone. This expresses what the paragraph DP
 * cannot: any grouping (3-2, 4-1, a paragraph split in two with one half moved), and a dropped paragraph
 * next to its neighbour's merge stays out of it (NTREX seeds 7, 11, 99: link F1 0.959 → 0.967 over the
 * paragraph DP, with a learnt word list). Where the paragraph DP ran (around editors' fixed rows), its
 * beads lend their confidence where they agree.
 */
final class SentenceGroups {

    private SentenceGroups() {
    }

    /**
     * @param dp the paragraph DP's beads over the units not in forced beads (only these are regrouped)
     * @param n  units of A
     * @param m  units of B
     */
    static List<Bead> of(List<Bead> dp, SentenceEvidence ev, int n, int m) {
        boolean[] freeA = new boolean[n], freeB = new boolean[m];
        Map<String, Bead> dpByUnits = new HashMap<>();
        for (Bead b : dp) {
            b.a().forEach(i -> freeA[i] = true);
            b.b().forEach(j -> freeB[j] = true);
            dpByUnits.put(b.a() + "|" + b.b(), b);
        }
        UnionFind sets = new UnionFind(n + m);
        for (int i = 0; i < n; i++) {
            if (!freeA[i]) {
                continue;
            }
            for (int j : ev.partnersOfA(i)) {
                if (freeB[j]) {
                    sets.union(i, n + j);
                }
            }
        }
        Map<Integer, List<List<Integer>>> groups = new TreeMap<>();
        for (int k = 0; k < n + m; k++) {
            if (k < n ? freeA[k] : freeB[k - n]) {
                List<List<Integer>> g = groups.computeIfAbsent(sets.find(k), r -> List.of(new ArrayList<>(), new ArrayList<>()));
                g.get(k < n ? 0 : 1).add(k < n ? k : k - n);
            }
        }
        List<Bead> out = new ArrayList<>();
        for (List<List<Integer>> g : groups.values()) {
            Bead same = dpByUnits.get(g.get(0) + "|" + g.get(1));
            double score = same != null && !Double.isNaN(same.score()) ? same.score() : confidence(g.get(0), g.get(1), ev);
            out.add(new Bead(g.get(0), g.get(1), score, same != null && same.moved()));
        }
        return markMoved(out);
    }

    /**
     * The mean confidence of the sentence links inside a group; for a lone paragraph, how sure the sentence
     * alignment was in leaving its sentences alone (0.5 when it cannot tell).
     */
    private static double confidence(List<Integer> a, List<Integer> b, SentenceEvidence ev) {
        if (a.isEmpty() || b.isEmpty()) {
            double alone = a.isEmpty() ? ev.aloneConfidenceB(b.get(0)) : ev.aloneConfidenceA(a.get(0));
            return Double.isNaN(alone) ? 0.5 : alone;
        }
        double sum = 0;
        int links = 0;
        for (int i : a) {
            for (int j : b) {
                int k = ev.links(i, j);
                if (k > 0) {
                    sum += ev.confidenceSum(i, j);
                    links += k;
                }
            }
        }
        return links == 0 ? 0.5 : sum / links;
    }

    /**
     * Link beads outside the longest chain that is in order in both versions are moved: the chain is what
     * reads straight across, the rest was moved by one of the versions.
     */
    private static List<Bead> markMoved(List<Bead> beads) {
        List<Bead> links = beads.stream().filter(Bead::isLink).sorted((p, q) -> Integer.compare(p.a().get(0), q.a().get(0))).toList();
        int k = links.size();
        int[] len = new int[k], prev = new int[k];
        int best = -1;
        for (int x = 0; x < k; x++) {
            len[x] = 1;
            prev[x] = -1;
            for (int y = 0; y < x; y++) {
                if (links.get(y).b().get(0) < links.get(x).b().get(0) && len[y] + 1 > len[x]) {
                    len[x] = len[y] + 1;
                    prev[x] = y;
                }
            }
            if (best < 0 || len[x] > len[best]) {
                best = x;
            }
        }
        boolean[] inChain = new boolean[k];
        for (int x = best; x >= 0; x = prev[x]) {
            inChain[x] = true;
        }
        Map<Bead, Boolean> moved = new java.util.IdentityHashMap<>();
        for (int x = 0; x < k; x++) {
            if (!inChain[x]) {
                moved.put(links.get(x), true);
            }
        }
        List<Bead> out = new ArrayList<>(beads.size());
        for (Bead b : beads) {
            out.add(moved.containsKey(b) && !b.moved() ? new Bead(b.a(), b.b(), b.score(), true) : b);
        }
        return out;
    }
}
