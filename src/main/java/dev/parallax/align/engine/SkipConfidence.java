package dev.parallax.align.engine;

import dev.parallax.align.engine.score.BeadScorer;
import dev.parallax.align.engine.score.UnitFeatures;

import java.util.ArrayList;
import java.util.List;

/**
 * The confidence of "this unit has no counterpart": high when no nearby unit of the other version is
 * similar to it. Nearby = within a few units of where the DP put it, which is where a missed link
 * would be.
 */
final class SkipConfidence {

    private static final int REACH = 3;

    private SkipConfidence() {
    }

    static List<Bead> fill(List<Bead> beads, List<UnitFeatures> a, List<UnitFeatures> b, BeadScorer scorer) {
        List<Bead> out = new ArrayList<>(beads.size());
        int lastA = -1, lastB = -1;
        for (Bead bead : beads) {
            if (!bead.b().isEmpty()) {
                lastB = bead.b().get(bead.b().size() - 1);
            }
            if (!bead.a().isEmpty()) {
                lastA = bead.a().get(bead.a().size() - 1);
            }
            if (!Double.isNaN(bead.score())) {
                out.add(bead);
                continue;
            }
            double best = 0;
            if (!bead.a().isEmpty()) {
                int[] keys = a.get(bead.a().get(0)).keys();
                for (int j = Math.max(0, lastB - REACH); j <= Math.min(b.size() - 1, lastB + REACH); j++) {
                    best = Math.max(best, scorer.calibrated(keys, b.get(j).keys()));
                }
            } else {
                int[] keys = b.get(bead.b().get(0)).keys();
                for (int i = Math.max(0, lastA - REACH); i <= Math.min(a.size() - 1, lastA + REACH); i++) {
                    best = Math.max(best, scorer.calibrated(a.get(i).keys(), keys));
                }
            }
            out.add(new Bead(bead.a(), bead.b(), clamp(1 - best), false));
        }
        return out;
    }

    static double clamp(double x) {
        return Math.max(0, Math.min(1, x));
    }
}
