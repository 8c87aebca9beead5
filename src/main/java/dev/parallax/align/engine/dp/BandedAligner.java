package dev.parallax.align.engine.dp;

import dev.parallax.align.engine.score.BeadScorer;
import dev.parallax.align.engine.score.SentenceEvidence;
import dev.parallax.align.engine.score.SortedKeys;
import dev.parallax.align.engine.score.UnitFeatures;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Monotonic alignment of two unit sequences by dynamic programming over beads 1-1, 1-0, 0-1, 2-1, 1-2,
 * 2-2, 3-1 and 1-3, restricted to a band around an {@link AnchorPath}. Cost is O(n · band); the band
 * doubles whenever the best path touches its edge, so a narrow band is never the reason for a wrong path.
 */
public final class BandedAligner {

    private static final int[][] SHAPES = {{1, 1}, {1, 0}, {0, 1}, {2, 1}, {1, 2}, {2, 2}, {3, 1}, {1, 3}};
    private static final int MAX_GROUP = 3;
    /**
     * The band stops widening before the DP would hold more cells than this (~9 bytes each): two long,
     * unrelated texts make the path wander to the edge however wide the band, and a web request must not
     * allocate an n × m matrix for them.
     */
    private static final long MAX_CELLS = 4_000_000;

    private final BeadScorer scorer;
    private final int minBand;

    public BandedAligner(BeadScorer scorer, int minBand) {
        this.scorer = scorer;
        this.minBand = minBand;
    }

    /**
     * @param ia indices into {@code a} of the units to align, in order
     * @param ib indices into {@code b}
     * @return beads in positions of {@code ia}/{@code ib}, in order, covering both sequences
     */
    public List<SegmentBead> align(int[] ia, int[] ib, List<UnitFeatures> a, List<UnitFeatures> b) {
        return align(ia, ib, a, b, null);
    }

    /**
     * As {@link #align(int[], int[], List, List)}, but when {@code previous} (the path of an earlier pass
     * over the same units) is given, the band is centred on it and starts narrow: a second pass with a
     * better lexicon moves the path only locally, and the band still widens when the path touches its edge.
     */
    public List<SegmentBead> align(int[] ia, int[] ib, List<UnitFeatures> a, List<UnitFeatures> b,
                                   List<SegmentBead> previous) {
        int n = ia.length, m = ib.length;
        if (n == 0 || m == 0) {
            List<SegmentBead> only = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                only.add(new SegmentBead(i, 1, 0, 0, scorer.skipCost()));
            }
            for (int j = 0; j < m; j++) {
                only.add(new SegmentBead(n, 0, j, 1, scorer.skipCost()));
            }
            return only;
        }
        Groups ga = new Groups(ia, a, scorer.weights());
        Groups gb = new Groups(ib, b, scorer.weights());
        int[] from, to;
        int band;
        if (previous != null) {
            int[][] span = spanOf(previous, n, m);
            from = span[0];
            to = span[1];
            band = minBand;
        } else {
            from = to = AnchorPath.centre(ia, ib, a, b);
            // the anchor path already follows the drift between the versions, so the band need not grow
            // with |n - m| (which made long texts quadratic); it still widens when the path touches it
            band = minBand;
        }
        while (true) {
            Result r = run(ia, ib, n, m, ga, gb, from, to, band);
            boolean atCap = (long) (n + 1) * (2L * band * 2 + 1) > MAX_CELLS;
            if (r.beads != null && (!r.touchedEdge || band >= m || atCap)) {
                return r.beads; // at the cap: the best path within the widest band allowed
            }
            if (band > 2 * (n + m)) {
                throw new IllegalStateException("no path through the full DP matrix"); // cannot happen
            }
            band *= 2;
        }
    }

    /**
     * {lowest, highest} column the given path visits in each row i = 0..n; a band around both covers a
     * run of skipped B units in one row as well.
     */
    private static int[][] spanOf(List<SegmentBead> path, int n, int m) {
        int[] first = new int[n + 1];
        int[] last = new int[n + 1];
        java.util.Arrays.fill(first, Integer.MAX_VALUE);
        java.util.Arrays.fill(last, -1);
        for (SegmentBead sb : path) {
            for (int d = 0; d <= sb.aLen(); d++) {
                int i = sb.aStart() + d;
                int jFrom = sb.bStart() + (sb.aLen() == 0 ? 0 : d * sb.bLen() / sb.aLen());
                int jTo = sb.bStart() + (sb.aLen() == 0 ? sb.bLen() : d * sb.bLen() / sb.aLen());
                if (i <= n) {
                    first[i] = Math.min(first[i], jFrom);
                    last[i] = Math.max(last[i], jTo);
                }
            }
        }
        first[0] = 0;
        last[n] = Math.max(last[n], m);
        for (int i = 1; i <= n; i++) {
            last[i] = Math.max(last[i], last[i - 1]);
        }
        for (int i = n; i >= 0; i--) {
            first[i] = Math.min(first[i], i < n ? first[i + 1] : m);
            first[i] = Math.min(first[i], last[i]);
        }
        return new int[][] {first, last};
    }

    private record Result(List<SegmentBead> beads, boolean touchedEdge) {
    }

    /** The DP over the cells within {@code band} of [from[i], to[i]] in each row i. */
    private Result run(int[] ia, int[] ib, int n, int m, Groups ga, Groups gb, int[] from, int[] to, int band) {
        int[] lo = new int[n + 1];
        int[] hi = new int[n + 1];
        for (int i = 0; i <= n; i++) {
            lo[i] = Math.max(0, from[i] - band);
            hi[i] = Math.min(m, to[i] + band);
        }
        lo[0] = 0;
        hi[n] = m;
        for (int i = n - 1; i >= 0; i--) {
            hi[i] = Math.min(hi[i], hi[i + 1]);
        }
        for (int i = 1; i <= n; i++) {
            lo[i] = Math.max(lo[i], lo[i - 1]);
            if (hi[i] < lo[i]) {
                hi[i] = lo[i];
            }
        }
        double[][] cost = new double[n + 1][];
        byte[][] back = new byte[n + 1][];
        for (int i = 0; i <= n; i++) {
            cost[i] = new double[hi[i] - lo[i] + 1];
            back[i] = new byte[hi[i] - lo[i] + 1];
            java.util.Arrays.fill(cost[i], Double.POSITIVE_INFINITY);
        }
        cost[0][0] = 0;
        double skip = scorer.skipCost();
        double[] weight = scorer.weights();
        SentenceEvidence evidence = scorer.evidence();
        double evidenceWeight = scorer.evidenceWeight();
        // mask[k] bit s-1: key k occurs in the A group of s units ending at row i (s = 1..3). Set once per
        // row, it gives every bead's weighted intersection in one pass over the B group's keys, instead of
        // merging two key arrays per bead and cell.
        byte[] mask = new byte[weight.length];
        double[] prev = new double[SHAPES.length];
        for (int i = 0; i <= n; i++) {
            for (int s = 1; s <= MAX_GROUP && i - s >= 0; s++) {
                int bits = (0b111 << (s - 1)) & 0b111;
                for (int k : ga.keys(i - s + 1, 1)) {
                    mask[k] |= (byte) bits;
                }
            }
            for (int j = lo[i]; j <= hi[i]; j++) {
                if (i == 0 && j == 0) {
                    continue;
                }
                boolean anyB1 = false, anyB2 = false, anyB3 = false;
                for (int s = 0; s < SHAPES.length; s++) {
                    int da = SHAPES[s][0], db = SHAPES[s][1];
                    int pi = i - da, pj = j - db;
                    double p = pi < 0 || pj < 0 || pj < lo[pi] || pj > hi[pi]
                            ? Double.POSITIVE_INFINITY : cost[pi][pj - lo[pi]];
                    prev[s] = p;
                    if (p != Double.POSITIVE_INFINITY && da > 0) {
                        anyB1 |= db == 1;
                        anyB2 |= db == 2;
                        anyB3 |= db == 3;
                    }
                }
                // weighted intersections: iXY for X units of A with Y units of B. The B group of 2 is the
                // unit before j plus what j-2 adds to it, that of 3 adds what j-3 adds: three short passes.
                double i11 = 0, i21 = 0, i31 = 0, i12 = 0, i22 = 0, i13 = 0;
                if (anyB1 || anyB2 || anyB3) {
                    for (int k : gb.keys(j, 1)) {
                        int b = mask[k];
                        if (b != 0) {
                            double w = weight[k];
                            if ((b & 1) != 0) i11 += w;
                            if ((b & 2) != 0) i21 += w;
                            if ((b & 4) != 0) i31 += w;
                        }
                    }
                }
                if (anyB2 || anyB3) {
                    i12 = i11;
                    i22 = i21;
                    for (int k : gb.added(j, 2)) {
                        int b = mask[k];
                        if (b != 0) {
                            double w = weight[k];
                            if ((b & 1) != 0) i12 += w;
                            if ((b & 2) != 0) i22 += w;
                        }
                    }
                }
                if (anyB3) {
                    i13 = i12;
                    for (int k : gb.added(j, 3)) {
                        if ((mask[k] & 1) != 0) {
                            i13 += weight[k];
                        }
                    }
                }
                double best = Double.POSITIVE_INFINITY;
                int bestShape = -1;
                for (int s = 0; s < SHAPES.length; s++) {
                    double p = prev[s];
                    if (p == Double.POSITIVE_INFINITY) {
                        continue;
                    }
                    int da = SHAPES[s][0], db = SHAPES[s][1];
                    double c;
                    if (da == 0 || db == 0) {
                        c = skip;
                        if (evidence != null) {
                            c += evidenceWeight * (da > 0 ? evidence.totalA(ia[i - 1]) : evidence.totalB(ib[j - 1]));
                        }
                    } else {
                        double inter = da == 1 ? (db == 1 ? i11 : db == 2 ? i12 : i13) : da == 2 ? (db == 1 ? i21 : i22) : i31;
                        double total = ga.weight(i, da) + gb.weight(j, db);
                        double sim = total == 0 ? 0 : 2 * inter / total;
                        c = scorer.linkCostOfSimilarity(sim, ga.length(i, da), da, gb.length(j, db), db)
                                + scorer.sentenceCost(ga.sentences(i, da), gb.sentences(j, db));
                        if (evidence != null) {
                            int cut = 0, inside = 0;
                            int bFrom = ib[j - db], bTo = ib[j - 1];
                            for (int d = 1; d <= da; d++) {
                                cut += evidence.totalA(ia[i - d]);
                                inside += evidence.linksWithin(ia[i - d], bFrom, bTo);
                            }
                            for (int d = 1; d <= db; d++) {
                                cut += evidence.totalB(ib[j - d]);
                            }
                            c += evidenceWeight * (cut - 2 * inside);
                            if (da + db >= 3) {
                                c += FUSED_COST * (components(evidence, ia, i, da, ib, j, db) - 1);
                            }
                        }
                    }
                    if (p + c < best) {
                        best = p + c;
                        bestShape = s;
                    }
                }
                cost[i][j - lo[i]] = best;
                back[i][j - lo[i]] = (byte) bestShape;
            }
            for (int s = 1; s <= MAX_GROUP && i - s >= 0; s++) {
                for (int k : ga.keys(i - s + 1, 1)) {
                    mask[k] = 0;
                }
            }
        }
        if (cost[n][m - lo[n]] == Double.POSITIVE_INFINITY) {
            return new Result(null, true); // the band left a gap no bead can jump: widen it
        }
        List<SegmentBead> beads = new ArrayList<>();
        boolean touched = false;
        int i = n, j = m;
        while (i > 0 || j > 0) {
            int s = back[i][j - lo[i]];
            int da = SHAPES[s][0], db = SHAPES[s][1];
            double c = cost[i][j - lo[i]] - cost[i - da][j - db - lo[i - da]];
            beads.add(new SegmentBead(i - da, da, j - db, db, c));
            i -= da;
            j -= db;
            if ((j == lo[i] && lo[i] > 0) || (j == hi[i] && hi[i] < m)) {
                touched = true;
            }
        }
        Collections.reverse(beads);
        return new Result(beads, touched);
    }

    /**
     * Cost per extra group of sentence-linked units in one bead (see {@link #components}): merging two
     * beads the sentence pass keeps apart cuts no sentence link, so the cut count alone does not stop it.
     */
    private static final double FUSED_COST = 1.0;

    /**
     * Connected groups that the sentence links inside a bead form among its units that have sentence
     * links at all (at least 1): two groups mean two beads were fused into one.
     */
    private static int components(SentenceEvidence ev, int[] ia, int i, int da, int[] ib, int j, int db) {
        int[] parent = {0, 1, 2, 3, 4, 5};
        int present = 0;
        for (int x = 0; x < da; x++) {
            if (ev.totalA(ia[i - 1 - x]) > 0) {
                present |= 1 << x;
            }
        }
        for (int y = 0; y < db; y++) {
            if (ev.totalB(ib[j - 1 - y]) > 0) {
                present |= 1 << (3 + y);
            }
        }
        for (int x = 0; x < da; x++) {
            for (int y = 0; y < db; y++) {
                if (ev.links(ia[i - 1 - x], ib[j - 1 - y]) > 0) {
                    int rx = root(parent, x), ry = root(parent, 3 + y);
                    parent[rx] = ry;
                }
            }
        }
        int groups = 0;
        for (int u = 0; u < 6; u++) {
            if ((present & (1 << u)) != 0 && root(parent, u) == u) {
                groups++;
            }
        }
        return Math.max(1, groups);
    }

    private static int root(int[] parent, int u) {
        while (parent[u] != u) {
            u = parent[u];
        }
        return u;
    }

    /** Key sets, their total weights and lengths of every run of up to three consecutive units, computed once per sequence. */
    private static final class Groups {
        private final int[][][] keys; // [size-1][end position] for the run ending just before end
        private final int[][] lengths;
        private final int[][] sentences;
        private final double[][] weights;
        private final int[][][] added; // [size-1][end]: keys of the run's first unit not in the rest of it

        Groups(int[] idx, List<UnitFeatures> units, double[] weight) {
            int n = idx.length;
            keys = new int[MAX_GROUP][n + 1][];
            added = new int[MAX_GROUP][n + 1][];
            lengths = new int[MAX_GROUP][n + 1];
            sentences = new int[MAX_GROUP][n + 1];
            weights = new double[MAX_GROUP][n + 1];
            for (int end = 1; end <= n; end++) {
                UnitFeatures last = units.get(idx[end - 1]);
                keys[0][end] = last.keys();
                lengths[0][end] = last.chars();
                sentences[0][end] = last.sentences();
                weights[0][end] = sum(last.keys(), weight);
                for (int size = 2; size <= MAX_GROUP && end - size >= 0; size++) {
                    keys[size - 1][end] = SortedKeys.union(keys[size - 2][end - 1], last.keys());
                    lengths[size - 1][end] = lengths[size - 2][end - 1] + last.chars();
                    sentences[size - 1][end] = sentences[size - 2][end - 1] + last.sentences();
                    weights[size - 1][end] = sum(keys[size - 1][end], weight);
                    added[size - 1][end] = SortedKeys.minus(units.get(idx[end - size]).keys(), keys[size - 2][end]);
                }
            }
        }

        private static double sum(int[] keys, double[] weight) {
            double s = 0;
            for (int k : keys) {
                s += weight[k];
            }
            return s;
        }

        int[] keys(int end, int size) {
            return keys[size - 1][end];
        }

        /** For size 2 or 3: the keys the run's first unit adds to the run of size − 1 ending at end. */
        int[] added(int end, int size) {
            return added[size - 1][end];
        }

        int length(int end, int size) {
            return lengths[size - 1][end];
        }

        int sentences(int end, int size) {
            return sentences[size - 1][end];
        }

        double weight(int end, int size) {
            return weights[size - 1][end];
        }
    }
}
