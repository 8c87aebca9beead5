package dev.parallax.align.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Splits a pair of sequences at forced beads (confirmed or hand-made links, or rows kept from a previous
 * alignment) into the free segments the DP aligns. Forced links that keep the order are boundaries;
 * forced links out of order are kept as moved links; every unit in a forced bead is removed from the DP.
 */
final class Segmentation {

    private final List<int[][]> segments;
    private final List<Bead> forcedBeads;

    private Segmentation(List<int[][]> segments, List<Bead> forcedBeads) {
        this.segments = segments;
        this.forcedBeads = forcedBeads;
    }

    List<int[][]> segments() {
        return segments;
    }

    List<Bead> forcedBeads() {
        return forcedBeads;
    }

    static Segmentation of(int n, int m, List<Bead> forced) {
        return of(n, m, forced, java.util.Set.of());
    }

    /**
     * @param notBoundaries forced links known to cross the alignment of the other units (an editor linked a
     *                      moved paragraph): kept as moved links, never used as segment boundaries
     */
    static Segmentation of(int n, int m, List<Bead> forced, java.util.Set<Bead> notBoundaries) {
        boolean[] usedA = new boolean[n];
        boolean[] usedB = new boolean[m];
        for (Bead f : forced) {
            mark(f.a(), usedA, n, "first");
            mark(f.b(), usedB, m, "second");
        }
        List<Bead> links = new ArrayList<>(forced.stream().filter(b -> b.isLink() && !notBoundaries.contains(b)).toList());
        links.sort(Comparator.comparingInt(b -> b.a().get(0)));
        List<Bead> chain = monotoneChain(links);
        java.util.Set<Bead> inChain = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        inChain.addAll(chain);
        List<Bead> kept = new ArrayList<>();
        for (Bead f : forced) {
            boolean inOrder = !f.isLink() || inChain.contains(f);
            kept.add(new Bead(f.a(), f.b(), 1.0, !inOrder));
        }
        List<int[][]> segments = new ArrayList<>();
        int prevA = -1, prevB = -1;
        for (Bead c : chain) {
            segments.add(new int[][] {free(prevA + 1, c.a().get(0), usedA), free(prevB + 1, c.b().get(0), usedB)});
            prevA = c.a().get(c.a().size() - 1);
            prevB = c.b().get(c.b().size() - 1);
        }
        segments.add(new int[][] {free(prevA + 1, n, usedA), free(prevB + 1, m, usedB)});
        // units of the free kind that fall inside a forced bead's span (e.g. a fixed row [2,4]) are
        // aligned with the segment before it so none is lost
        boolean[] inSegA = new boolean[n];
        boolean[] inSegB = new boolean[m];
        for (int[][] s : segments) {
            for (int i : s[0]) inSegA[i] = true;
            for (int j : s[1]) inSegB[j] = true;
        }
        for (int i = 0; i < n; i++) {
            if (!usedA[i] && !inSegA[i]) kept.add(new Bead(List.of(i), List.of(), 0.5, false));
        }
        for (int j = 0; j < m; j++) {
            if (!usedB[j] && !inSegB[j]) kept.add(new Bead(List.of(), List.of(j), 0.5, false));
        }
        return new Segmentation(segments, kept);
    }

    private static void mark(List<Integer> idx, boolean[] used, int size, String side) {
        for (int i : idx) {
            if (i < 0 || i >= size) {
                throw new IllegalArgumentException("paragraph index " + i + " is out of range for the " + side
                        + " version (it has " + size + " paragraphs)");
            }
            if (used[i]) {
                throw new IllegalArgumentException("paragraph " + i + " of the " + side
                        + " version is in two fixed rows");
            }
            used[i] = true;
        }
    }

    /**
     * The longest run of forced links increasing in both versions. Links are sorted by their first A unit
     * and do not overlap (each unit is in one forced bead), so "p before q" is last(p.a) &lt; first(q.a)
     * and last(p.b) &lt; first(q.b); with sorted disjoint A spans the first holds for every earlier link,
     * so this is a longest increasing subsequence on B spans: O(k log k) by patience sorting, since
     * {@link Aligner#realign} can pass one anchor per row.
     */
    private static List<Bead> monotoneChain(List<Bead> links) {
        int maxLastA = -1;
        for (Bead l : links) {
            if (l.a().get(0) <= maxLastA) {
                return monotoneChainQuadratic(links); // an editor's row spans another's: general case
            }
            maxLastA = Math.max(maxLastA, last(l.a()));
        }
        int k = links.size();
        int[] tail = new int[k]; // tail[len-1] = index of the link ending the best chain of that length
        int[] prev = new int[k];
        int len = 0;
        for (int x = 0; x < k; x++) {
            int firstB = links.get(x).b().get(0);
            int lo = 0, hi = len;
            while (lo < hi) { // the longest chain whose last link ends before firstB
                int mid = (lo + hi) >>> 1;
                if (last(links.get(tail[mid]).b()) < firstB) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            prev[x] = lo > 0 ? tail[lo - 1] : -1;
            if (lo == len || last(links.get(x).b()) < last(links.get(tail[lo]).b())) {
                tail[lo] = x;
            }
            if (lo == len) {
                len++;
            }
        }
        List<Bead> chain = new ArrayList<>();
        for (int x = len > 0 ? tail[len - 1] : -1; x >= 0; x = prev[x]) {
            chain.add(links.get(x));
        }
        java.util.Collections.reverse(chain);
        return chain;
    }

    /** As {@link #monotoneChain}, for forced beads whose A spans interleave: O(k²) but rare and small. */
    private static List<Bead> monotoneChainQuadratic(List<Bead> links) {
        int k = links.size();
        int[] len = new int[k];
        int[] prev = new int[k];
        int bestEnd = -1;
        for (int x = 0; x < k; x++) {
            len[x] = 1;
            prev[x] = -1;
            for (int y = 0; y < x; y++) {
                Bead p = links.get(y), q = links.get(x);
                if (last(p.a()) < q.a().get(0) && last(p.b()) < q.b().get(0) && len[y] + 1 > len[x]) {
                    len[x] = len[y] + 1;
                    prev[x] = y;
                }
            }
            if (bestEnd < 0 || len[x] > len[bestEnd]) {
                bestEnd = x;
            }
        }
        List<Bead> chain = new ArrayList<>();
        for (int x = bestEnd; x >= 0; x = prev[x]) {
            chain.add(0, links.get(x));
        }
        return chain;
    }

    private static int last(List<Integer> l) {
        return l.get(l.size() - 1);
    }

    private static int[] free(int from, int to, boolean[] used) {
        int[] out = new int[Math.max(0, to - from)];
        int n = 0;
        for (int i = from; i < to; i++) {
            if (!used[i]) {
                out[n++] = i;
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }
}
