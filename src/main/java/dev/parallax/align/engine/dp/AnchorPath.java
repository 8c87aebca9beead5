package dev.parallax.align.engine.dp;

import dev.parallax.align.engine.score.UnitFeatures;

import java.util.ArrayList;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the DP band is centred: a monotone path through "hapax anchors", keys that occur in exactly one
 * unit of each sequence (a rare name, a number, a learnt word pair). The longest increasing chain of them
 * follows the true alignment even when whole blocks are missing on one side, which a plain diagonal does
 * not; between anchors the path is interpolated linearly. Wrong anchors are tolerated because the band
 * is widened whenever the best path touches its edge.
 */
final class AnchorPath {

    private AnchorPath() {
    }

    /** centre[i] for i = 0..n: the expected B position after i units of A. */
    static int[] centre(int[] ia, int[] ib, List<UnitFeatures> a, List<UnitFeatures> b) {
        int n = ia.length, m = ib.length;
        Map<Integer, Integer> onlyInA = hapaxPositions(ia, a);
        Map<Integer, Integer> onlyInB = hapaxPositions(ib, b);
        List<int[]> points = new ArrayList<>();
        for (Map.Entry<Integer, Integer> e : onlyInA.entrySet()) {
            Integer j = onlyInB.get(e.getKey());
            if (e.getValue() >= 0 && j != null && j >= 0) {
                points.add(new int[] {e.getValue(), j});
            }
        }
        List<int[]> chain = longestIncreasingChain(points);
        int[] centre = new int[n + 1];
        int prevI = 0, prevJ = 0;
        chain.add(new int[] {n, m});
        for (int[] p : chain) {
            int pi = p[0], pj = p[1];
            for (int i = prevI; i <= pi; i++) {
                centre[i] = pi == prevI ? pj : prevJ + (int) Math.round((double) (i - prevI) * (pj - prevJ) / (pi - prevI));
            }
            prevI = pi;
            prevJ = pj;
        }
        for (int i = 1; i <= n; i++) {
            centre[i] = Math.max(centre[i], centre[i - 1]);
        }
        return centre;
    }

    /** key → position of the only unit holding it, or -1 when several units hold it. */
    private static Map<Integer, Integer> hapaxPositions(int[] idx, List<UnitFeatures> units) {
        Map<Integer, Integer> pos = new HashMap<>();
        for (int p = 0; p < idx.length; p++) {
            for (int k : units.get(idx[p]).keys()) {
                Integer old = pos.putIfAbsent(k, p);
                if (old != null && old != p) {
                    pos.put(k, -1);
                }
            }
        }
        return pos;
    }

    /** Points strictly increasing in both coordinates, as many as possible (patience sorting). */
    static List<int[]> longestIncreasingChain(List<int[]> points) {
        points.sort((p, q) -> p[0] != q[0] ? Integer.compare(p[0], q[0]) : Integer.compare(q[1], p[1]));
        int[] tailIdx = new int[points.size()];
        int[] prev = new int[points.size()];
        int len = 0;
        for (int k = 0; k < points.size(); k++) {
            int j = points.get(k)[1];
            int lo = 0, hi = len;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (points.get(tailIdx[mid])[1] < j) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            prev[k] = lo > 0 ? tailIdx[lo - 1] : -1;
            tailIdx[lo] = k;
            if (lo == len) {
                len++;
            }
        }
        List<int[]> chain = new ArrayList<>();
        for (int k = len > 0 ? tailIdx[len - 1] : -1; k >= 0; k = prev[k]) {
            chain.add(points.get(k));
        }
        java.util.Collections.reverse(chain);
        // strictly increasing in i as well (same-i points were ordered so that at most one is taken)
        List<int[]> strict = new ArrayList<>();
        for (int[] p : chain) {
            if (strict.isEmpty() || (p[0] > strict.get(strict.size() - 1)[0])) {
                strict.add(p);
            }
        }
        return strict;
    }

}
