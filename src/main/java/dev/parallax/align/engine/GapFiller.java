package dev.parallax.align.engine;

import dev.parallax.align.engine.score.BeadScorer;
import dev.parallax.align.engine.score.UnitFeatures;

import java.util.ArrayList;
import java.util.List;

/**
 * Bleualign's gap filling: when a few units of each version are left unaligned between the same two
 * links, they are most probably translations of each other with weak evidence (free translation, few
 * names), not an omission plus an addition. Such a gap (1–3 units on each side, links on both sides) is
 * linked in order whenever the similarity is at least at chance level.
 */
final class GapFiller {

    private static final int MAX_GAP = 3;

    private GapFiller() {
    }

    static List<Bead> fill(List<Bead> beads, List<UnitFeatures> a, List<UnitFeatures> b, BeadScorer scorer) {
        List<Bead> out = new ArrayList<>();
        int k = 0;
        while (k < beads.size()) {
            if (beads.get(k).isLink() || out.isEmpty() || !out.get(out.size() - 1).isLink()) {
                out.add(beads.get(k++));
                continue;
            }
            int end = k;
            while (end < beads.size() && !beads.get(end).isLink()) {
                end++;
            }
            List<Bead> gap = beads.subList(k, end);
            if (end < beads.size() && !beads.get(end).moved()) {
                List<Integer> ga = new ArrayList<>();
                List<Integer> gb = new ArrayList<>();
                gap.forEach(g -> { ga.addAll(g.a()); gb.addAll(g.b()); });
                List<Bead> filled = tryFill(ga, gb, a, b, scorer);
                out.addAll(filled != null ? filled : gap);
            } else {
                out.addAll(gap);
            }
            k = end;
        }
        return out;
    }

    /** Pairs the gap's units in order (1-1 while both have some, the rest merged into the last link). */
    private static List<Bead> tryFill(List<Integer> ga, List<Integer> gb, List<UnitFeatures> a, List<UnitFeatures> b,
                                      BeadScorer scorer) {
        if (ga.isEmpty() || gb.isEmpty() || ga.size() > MAX_GAP || gb.size() > MAX_GAP) {
            return null;
        }
        ga.sort(null);
        gb.sort(null);
        int pairs = Math.min(ga.size(), gb.size());
        List<Bead> out = new ArrayList<>();
        for (int p = 0; p < pairs; p++) {
            List<Integer> sa = p == pairs - 1 ? ga.subList(p, ga.size()) : List.of(ga.get(p));
            List<Integer> sb = p == pairs - 1 ? gb.subList(p, gb.size()) : List.of(gb.get(p));
            int[] ka = keys(sa, a), kb = keys(sb, b);
            double z = scorer.calibrated(ka, kb);
            if (z <= 0) {
                return null;
            }
            out.add(new Bead(sa, sb, Math.min(0.7, Math.max(0.3, z)), false));
        }
        return out;
    }

    private static int[] keys(List<Integer> units, List<UnitFeatures> f) {
        int[] k = new int[0];
        for (int u : units) {
            k = dev.parallax.align.engine.score.SortedKeys.union(k, f.get(u).keys());
        }
        return k;
    }
}
