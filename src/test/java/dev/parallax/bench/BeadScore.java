package dev.parallax.bench;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Strict and lax precision/recall of beads, exactly as vecalign's score.py (Sennrich &amp; Volk 2011):
 * strict precision = system beads (null beads included) equal to a gold bead / system beads; strict
 * recall = gold non-null beads found among the system's non-null beads / gold non-null beads. Lax: a bead
 * also counts when it shares a source and a target unit with some gold bead. Counts are added over
 * documents ({@link #add}) before P, R, F1 are computed.
 */
public final class BeadScore {

    /** A bead as two sorted index lists. */
    public record B(List<Integer> src, List<Integer> tgt) {
        boolean isNull() {
            return src.isEmpty() || tgt.isEmpty();
        }
    }

    private final int[] p = new int[4]; // tpStrict, fpStrict, tpLax, fpLax
    private final int[] r = new int[4];

    public void add(List<B> gold, List<B> test) {
        count(gold, test, p);
        List<B> testNoNull = test.stream().filter(b -> !b.isNull()).toList();
        List<B> goldNoNull = gold.stream().filter(b -> !b.isNull()).toList();
        count(testNoNull, goldNoNull, r);
    }

    private static void count(List<B> gold, List<B> test, int[] c) {
        Set<B> goldSet = new HashSet<>(gold);
        for (B t : test) {
            if (t.src().isEmpty() && t.tgt().isEmpty()) {
                continue;
            }
            if (goldSet.contains(t)) {
                c[0]++;
                c[2]++;
                continue;
            }
            boolean lax = false;
            for (B g : gold) {
                if (intersects(t.src(), g.src()) && intersects(t.tgt(), g.tgt())) {
                    lax = true;
                    break;
                }
            }
            c[1]++;
            if (lax) {
                c[2]++;
            } else {
                c[3]++;
            }
        }
    }

    private static boolean intersects(List<Integer> x, List<Integer> y) {
        for (int i : x) {
            if (y.contains(i)) {
                return true;
            }
        }
        return false;
    }

    public double strictPrecision() { return ratio(p[0], p[0] + p[1]); }
    public double strictRecall() { return ratio(r[0], r[0] + r[1]); }
    public double strictF1() { return f1(strictPrecision(), strictRecall()); }
    public double laxPrecision() { return ratio(p[2], p[2] + p[3]); }
    public double laxRecall() { return ratio(r[2], r[2] + r[3]); }
    public double laxF1() { return f1(laxPrecision(), laxRecall()); }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
