package dev.parallax.align.engine;

import dev.parallax.align.engine.score.BeadScorer;
import dev.parallax.align.engine.score.UnitFeatures;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The second pass for moved units. A monotonic DP can only report a moved paragraph as an omission at
 * its old place plus an addition at its new one; here every unit left unaligned in the first version is
 * compared with every unit left unaligned in the second, and pairs that are clearly translations of each
 * other (calibrated similarity above the threshold, cheaper than two skips) are linked best-first,
 * marked {@code moved}.
 */
final class MoveFinder {

    private MoveFinder() {
    }

    /**
     * Up to this many lonely pairs are all compared; beyond it (two long texts with little in common) only
     * pairs sharing a key held by few lonely units are, which keeps the work linear: a pair similar enough
     * to be a moved paragraph always shares some rare key (a name, a number).
     */
    private static final long ALL_PAIRS_LIMIT = 250_000;
    /** A key held by more lonely units than this is not rare enough to propose candidates. */
    private static final int RARE = 8;

    private static Map<Integer, List<Integer>> rareKeyPostings(List<Integer> lonelyB, List<UnitFeatures> b) {
        Map<Integer, List<Integer>> postings = new HashMap<>();
        for (int j : lonelyB) {
            for (int k : b.get(j).keys()) {
                List<Integer> p = postings.computeIfAbsent(k, x -> new ArrayList<>());
                if (p.size() <= RARE) {
                    p.add(j);
                }
            }
        }
        postings.values().removeIf(p -> p.size() > RARE);
        return postings;
    }

    private static List<Integer> sharingARareKey(int[] keys, Map<Integer, List<Integer>> postings) {
        java.util.TreeSet<Integer> out = new java.util.TreeSet<>();
        for (int k : keys) {
            List<Integer> p = postings.get(k);
            if (p != null) {
                out.addAll(p);
            }
        }
        return new ArrayList<>(out);
    }

    static List<Bead> linkMoved(List<Bead> beads, List<UnitFeatures> a, List<UnitFeatures> b, BeadScorer scorer,
                                double threshold) {
        List<Integer> lonelyA = new ArrayList<>();
        List<Integer> lonelyB = new ArrayList<>();
        for (Bead bead : beads) {
            if (bead.b().isEmpty()) {
                lonelyA.addAll(bead.a());
            } else if (bead.a().isEmpty()) {
                lonelyB.addAll(bead.b());
            }
        }
        if (lonelyA.isEmpty() || lonelyB.isEmpty()) {
            return beads;
        }
        List<double[]> candidates = new ArrayList<>();
        Map<Integer, List<Integer>> postings = (long) lonelyA.size() * lonelyB.size() > ALL_PAIRS_LIMIT
                ? rareKeyPostings(lonelyB, b) : null;
        for (int i : lonelyA) {
            UnitFeatures fa = a.get(i);
            for (int j : postings == null ? lonelyB : sharingARareKey(fa.keys(), postings)) {
                UnitFeatures fb = b.get(j);
                double z = scorer.calibrated(fa.keys(), fb.keys());
                if (z < threshold) {
                    continue;
                }
                double cost = scorer.linkCost(fa.keys(), fa.chars(), 1, fa.sentences(), fb.keys(), fb.chars(), 1, fb.sentences());
                if (cost < 2 * scorer.skipCost()) {
                    candidates.add(new double[] {z, i, j, cost});
                }
            }
        }
        candidates.sort((p, q) -> Double.compare(q[0], p[0]));
        Map<Integer, Integer> aToB = new HashMap<>();
        Map<Integer, Integer> bToA = new HashMap<>();
        Map<Integer, Double> costs = new HashMap<>();
        for (double[] c : candidates) {
            int i = (int) c[1], j = (int) c[2];
            if (!aToB.containsKey(i) && !bToA.containsKey(j)) {
                aToB.put(i, j);
                bToA.put(j, i);
                costs.put(i, c[3]);
            }
        }
        List<Bead> out = new ArrayList<>();
        for (Bead bead : beads) {
            if (bead.b().isEmpty() && aToB.containsKey(bead.a().get(0))) {
                int i = bead.a().get(0);
                out.add(new Bead(List.of(i), List.of(aToB.get(i)), scorer.linkConfidence(costs.get(i), 2), true));
            } else if (bead.a().isEmpty() && bToA.containsKey(bead.b().get(0))) {
                continue;
            } else {
                out.add(bead);
            }
        }
        return out;
    }
}
