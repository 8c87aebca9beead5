package dev.parallax.align.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * A story's one alignment: a partition of all paragraphs of all its versions into groups, computed once
 * over every version, whatever view is shown (see ADR 10). A view (some versions, one of them the base) is
 * its projection: rows are the groups restricted to the view's versions, ordered by the base. Two paragraphs
 * share a row in one view if and only if they share a group, so they share a row in every view showing both.
 *
 * <p>Evidence is the pairwise alignment of the planned pairs of versions (every pair, or a spanning set for
 * long stories: {@link PairPlan}). Editors' corrections go in first and are
 * never undone; then links are merged in order of confidence (a translation's links with its source before
 * all others), each merge only if the result stays consistent:
 * <ul>
 *   <li>no correction forbids it (a corrected group admits no other paragraph of its versions; a paragraph
 *       an editor set alone admits none at all);</li>
 *   <li>within each version, a group's paragraphs stay contiguous;</li>
 *   <li>most pairwise alignments between the two groups' versions agree with it (a link between two large
 *       groups that the other pairs contradict is refused: no chaining);</li>
 *   <li>a translation's evidence (with its source or any other version) only attaches its paragraphs to a
 *       group, never joins two groups of originals, and does not vote on other merges: adding, editing or
 *       translating a translation moves nobody else's paragraphs.</li>
 * </ul>
 * Nothing depends on the base or on which versions are shown, so the groups are the same in every view.
 */
public final class StoryPartition {

    /** A paragraph: version index (in the story's order) and paragraph index. */
    public record Node(int version, int paragraph) {
    }

    /**
     * Paragraphs an editor put together. The group admits no other paragraph of its members' versions nor of
     * {@code closed} (versions in which the editor saw it had nothing); a group of one paragraph stands alone
     * and admits no paragraph at all. {@code confirmed} matters for a lone paragraph only (links are confirmed
     * one by one, see {@link Corrections#confirmed}).
     */
    public record Together(List<Node> members, Set<Integer> closed, boolean confirmed) {
        public Together {
            members = List.copyOf(members);
            closed = closed == null ? Set.of() : Set.copyOf(closed);
        }
    }

    /** A link an editor confirmed: the two paragraphs share a group (and the link reads confirmed). */
    public record Link(Node a, Node b) {
    }

    /**
     * What editors decided: groups put together, links confirmed, and pairs of paragraphs kept
     * {@code apart} (never in one group, e.g. the two parts of a split row).
     */
    public record Corrections(List<Together> groups, List<Link> confirmed, List<Link> apart) {
        public static final Corrections NONE = new Corrections(List.of(), List.of(), List.of());

        public Corrections {
            groups = List.copyOf(groups);
            confirmed = List.copyOf(confirmed);
            apart = List.copyOf(apart);
        }
    }

    /** A view's row with its confirmation: {@code cellConfirmed.get(i)} for the view's i-th version. */
    public record ViewRow(Row row, boolean confirmed, List<Boolean> cellConfirmed) {
    }

    private final List<TextVersion> versions;
    private final int[] offset;
    private final int[] group; // node -> group id (0..groups-1)
    private final int groups;
    private final boolean[] corrected; // node touched by a correction
    private final int[] confirmedRoot; // node -> root of the confirmed-links union-find
    private final boolean[] confirmedAlone;
    private final boolean[] lone; // node in a group of its own by an editor's decision
    /** Per group: beads (pair i<j, score) lying wholly inside it. */
    private final Map<Integer, List<double[]>> linkScores = new HashMap<>();
    /** Per node: scores of the skip beads it was in, per other version. */
    private final double[][] skipScore;

    private StoryPartition(List<TextVersion> versions, int[] offset, int[] group, int groups, boolean[] corrected,
                           int[] confirmedRoot, boolean[] confirmedAlone, boolean[] lone, double[][] skipScore) {
        this.versions = versions;
        this.offset = offset;
        this.group = group;
        this.groups = groups;
        this.corrected = corrected;
        this.confirmedRoot = confirmedRoot;
        this.confirmedAlone = confirmedAlone;
        this.lone = lone;
        this.skipScore = skipScore;
    }

    public List<TextVersion> versions() {
        return versions;
    }

    /** The group of paragraph {@code p} of version {@code v}. */
    public int groupOf(int v, int p) {
        return group[offset[v] + p];
    }

    public int groupCount() {
        return groups;
    }

    /**
     * @param versions  every version of the story, in the story's order (not a view's)
     * @param sourceOf  sourceOf[v] = index of the version v translates, or -1
     * @param pairs     the pairwise alignment of versions i &lt; j (called once per pair); null for a pair left
     *                  out of the plan ({@link PairPlan}), which then gives no evidence and votes neither way
     * @throws IllegalArgumentException when the corrections contradict each other
     */
    public static StoryPartition build(List<TextVersion> versions, int[] sourceOf,
                                       BiFunction<Integer, Integer, PairAlignment> pairs, Corrections corrections) {
        return new Builder(versions, sourceOf, pairs, corrections).build();
    }

    // ---- projection ----------------------------------------------------------------------------------

    /**
     * The rows of a view: {@code view} lists version indices, the first being the base, which orders the
     * rows and decides which cells count as moved (out of the base's order in their own version).
     */
    public List<ViewRow> project(List<Integer> view) {
        int k = view.size();
        Map<Integer, List<List<Integer>>> cellsByGroup = new HashMap<>();
        for (int x = 0; x < k; x++) {
            int v = view.get(x);
            for (int p = 0; p < versions.get(v).size(); p++) {
                final int slot = x;
                List<List<Integer>> cells = cellsByGroup.computeIfAbsent(group[offset[v] + p], g -> {
                    List<List<Integer>> c = new ArrayList<>();
                    for (int y = 0; y < k; y++) {
                        c.add(new ArrayList<>());
                    }
                    return c;
                });
                cells.get(slot).add(p);
            }
        }
        // moved: per version, groups outside the longest chain in order with the base
        Map<Integer, boolean[]> moved = new HashMap<>();
        for (int g : cellsByGroup.keySet()) {
            moved.put(g, new boolean[k]);
        }
        for (int x = 1; x < k; x++) {
            List<Integer> both = new ArrayList<>();
            for (Map.Entry<Integer, List<List<Integer>>> e : cellsByGroup.entrySet()) {
                if (!e.getValue().get(0).isEmpty() && !e.getValue().get(x).isEmpty()) {
                    both.add(e.getKey());
                }
            }
            final int slot = x;
            both.sort(Comparator.comparingInt(g -> cellsByGroup.get(g).get(0).get(0)));
            int[] seq = both.stream().mapToInt(g -> cellsByGroup.get(g).get(slot).get(0)).toArray();
            boolean[] inChain = longestIncreasing(seq);
            for (int i = 0; i < both.size(); i++) {
                if (!inChain[i]) {
                    moved.get(both.get(i))[x] = true;
                }
            }
        }
        // order: by the base; a row without base paragraphs right after the row holding the nearest earlier
        // (not moved) paragraph of its first version
        Map<Integer, Double> key = new HashMap<>();
        for (Map.Entry<Integer, List<List<Integer>>> e : cellsByGroup.entrySet()) {
            if (!e.getValue().get(0).isEmpty()) {
                key.put(e.getKey(), (double) e.getValue().get(0).get(0));
            }
        }
        for (int x = 1; x < k; x++) {
            int v = view.get(x);
            double before = -1;
            for (int p = 0; p < versions.get(v).size(); p++) {
                int g = group[offset[v] + p];
                List<List<Integer>> cells = cellsByGroup.get(g);
                if (cells.get(0).isEmpty()) {
                    if (!key.containsKey(g) && firstNonEmpty(cells) == x && cells.get(x).get(0) == p) {
                        key.put(g, before + 0.5 + x * 1e-3 + p * 1e-9);
                    }
                } else if (!moved.get(g)[x]) {
                    before = cells.get(0).get(0);
                }
            }
        }
        List<Integer> order = new ArrayList<>(cellsByGroup.keySet());
        order.sort(Comparator.comparingDouble(key::get));
        Set<Integer> inView = new HashSet<>(view);
        List<ViewRow> rows = new ArrayList<>(order.size());
        for (int g : order) {
            List<List<Integer>> cells = cellsByGroup.get(g);
            List<Integer> nodes = new ArrayList<>();
            List<Integer> slotOfNode = new ArrayList<>();
            boolean fixed = false;
            for (int x = 0; x < k; x++) {
                for (int p : cells.get(x)) {
                    int node = offset[view.get(x)] + p;
                    nodes.add(node);
                    slotOfNode.add(x);
                    fixed |= corrected[node];
                }
            }
            List<Boolean> cellConfirmed = new ArrayList<>();
            boolean rowConfirmed;
            if (nodes.size() == 1) {
                rowConfirmed = confirmedAlone[nodes.get(0)];
                for (int x = 0; x < k; x++) {
                    cellConfirmed.add(rowConfirmed && !cells.get(x).isEmpty());
                }
            } else {
                int root = confirmedRoot[nodes.get(0)];
                rowConfirmed = nodes.stream().allMatch(n -> confirmedRoot[n] == root);
                for (int x = 0; x < k; x++) {
                    boolean all = !cells.get(x).isEmpty();
                    for (int i = 0; i < nodes.size() && all; i++) {
                        if (slotOfNode.get(i) != x) {
                            continue;
                        }
                        boolean linked = false;
                        for (int j = 0; j < nodes.size() && !linked; j++) {
                            linked = slotOfNode.get(j) != x && confirmedRoot[nodes.get(j)] == confirmedRoot[nodes.get(i)];
                        }
                        all = linked;
                    }
                    cellConfirmed.add(all);
                }
            }
            double score = rowConfirmed ? 1.0 : score(g, nodes, view, inView);
            List<Boolean> mv = new ArrayList<>();
            for (boolean b : moved.get(g)) {
                mv.add(b);
            }
            rows.add(new ViewRow(new Row(cells, score, mv, fixed), rowConfirmed, cellConfirmed));
        }
        return rows;
    }

    /** The mean confidence of the pairwise links inside the row between shown versions; for a lone paragraph, of its skips. */
    private double score(int g, List<Integer> nodes, List<Integer> view, Set<Integer> inView) {
        double sum = 0;
        int n = 0;
        for (double[] s : linkScores.getOrDefault(g, List.of())) {
            if (inView.contains((int) s[0]) && inView.contains((int) s[1])) {
                sum += s[2];
                n++;
            }
        }
        if (n > 0) {
            return sum / n;
        }
        if (nodes.size() == 1) {
            int node = nodes.get(0);
            int v = versionOf(node);
            for (int w : view) {
                if (w != v && !Double.isNaN(skipScore[node][w])) {
                    sum += skipScore[node][w];
                    n++;
                }
            }
            if (lone[node]) {
                return 1.0;
            }
        }
        return n > 0 ? sum / n : 0.5;
    }

    private int versionOf(int node) {
        int v = 0;
        while (offset[v + 1] <= node) {
            v++;
        }
        return v;
    }

    private static int firstNonEmpty(List<List<Integer>> cells) {
        int x = 0;
        while (cells.get(x).isEmpty()) {
            x++;
        }
        return x;
    }

    private static boolean[] longestIncreasing(int[] seq) {
        int n = seq.length;
        int[] tails = new int[n], tailIdx = new int[n], prev = new int[n];
        int len = 0;
        for (int i = 0; i < n; i++) {
            int lo = 0, hi = len;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (tails[mid] < seq[i]) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            tails[lo] = seq[i];
            tailIdx[lo] = i;
            prev[i] = lo > 0 ? tailIdx[lo - 1] : -1;
            len = Math.max(len, lo + 1);
        }
        boolean[] in = new boolean[n];
        for (int i = len > 0 ? tailIdx[len - 1] : -1; i >= 0; i = prev[i]) {
            in[i] = true;
        }
        return in;
    }

    // ---- building ------------------------------------------------------------------------------------

    private static final class Builder {
        final List<TextVersion> versions;
        final int[] sourceOf;
        final BiFunction<Integer, Integer, PairAlignment> pairSource;
        final Corrections corrections;
        final int k;
        final int[] offset;
        final int total;
        final UnionFind sets;
        final List<List<Integer>> members = new ArrayList<>();
        final BitSet[] closed;
        final boolean[] closedAll;
        final boolean[] blank;
        /** partners[u][w][p]: paragraphs of w linked with paragraph p of u in their pairwise alignment. */
        final int[][][][] partners;
        final PairAlignment[][] pairs;
        /** Whether the pair i &lt; j was aligned (the plan may leave pairs out, see {@link PairPlan}). */
        final boolean[][] planned;

        Builder(List<TextVersion> versions, int[] sourceOf, BiFunction<Integer, Integer, PairAlignment> pairs, Corrections corrections) {
            this.versions = List.copyOf(versions);
            this.sourceOf = sourceOf;
            this.pairSource = pairs;
            this.corrections = corrections;
            k = versions.size();
            offset = new int[k + 1];
            for (int v = 0; v < k; v++) {
                offset[v + 1] = offset[v] + versions.get(v).size();
            }
            total = offset[k];
            sets = new UnionFind(total);
            closed = new BitSet[total];
            closedAll = new boolean[total];
            blank = new boolean[total];
            for (int n = 0; n < total; n++) {
                members.add(new ArrayList<>(List.of(n)));
                closed[n] = new BitSet(k);
            }
            for (int v = 0; v < k; v++) {
                for (int p = 0; p < versions.get(v).size(); p++) {
                    blank[offset[v] + p] = versions.get(v).paragraphs().get(p).isBlank();
                }
            }
            partners = new int[k][k][][];
            this.pairs = new PairAlignment[k][k];
            planned = new boolean[k][k];
        }

        int node(Node n) {
            if (n.version() < 0 || n.version() >= k || n.paragraph() < 0 || n.paragraph() >= versions.get(n.version()).size()) {
                throw new IllegalArgumentException("a correction names paragraph " + n.paragraph() + " of version "
                        + n.version() + ", which does not exist");
            }
            return offset[n.version()] + n.paragraph();
        }

        int version(int node) {
            int v = Arrays.binarySearch(offset, node);
            if (v >= 0) {
                while (v + 1 < offset.length && offset[v + 1] == node) {
                    v++;
                }
                return v;
            }
            return -v - 2;
        }

        int find(int x) {
            return sets.find(x);
        }

        void union(int a, int b) {
            int ra = find(a), rb = find(b);
            if (ra == rb) {
                return;
            }
            if (members.get(ra).size() < members.get(rb).size()) {
                int t = ra;
                ra = rb;
                rb = t;
            }
            sets.attach(rb, ra);
            members.get(ra).addAll(members.get(rb));
            members.set(rb, null);
            closed[ra].or(closed[rb]);
            closedAll[ra] |= closedAll[rb];
        }

        StoryPartition build() {
            boolean[] corrected = new boolean[total];
            boolean[] lone = new boolean[total];
            boolean[] confirmedAlone = new boolean[total];
            // 1. corrections, never undone
            List<int[]> groupNodes = new ArrayList<>();
            for (Together t : corrections.groups()) {
                int[] nodes = t.members().stream().mapToInt(this::node).toArray();
                groupNodes.add(nodes);
                for (int n : nodes) {
                    corrected[n] = true;
                    union(nodes[0], n);
                }
            }
            for (Link l : corrections.confirmed()) {
                int a = node(l.a()), b = node(l.b());
                corrected[a] = corrected[b] = true;
                union(a, b);
            }
            for (int g = 0; g < groupNodes.size(); g++) {
                Together t = corrections.groups().get(g);
                int[] nodes = groupNodes.get(g);
                Set<Integer> own = new HashSet<>();
                for (int n : nodes) {
                    own.add(n);
                }
                int root = find(nodes[0]);
                if (nodes.length == 1) {
                    closedAll[root] = true;
                    lone[nodes[0]] = true;
                    confirmedAlone[nodes[0]] = t.confirmed();
                }
                BitSet c = new BitSet(k);
                for (int n : nodes) {
                    c.set(version(n));
                }
                for (int v : t.closed()) {
                    if (v >= 0 && v < k) {
                        c.set(v);
                    }
                }
                closed[root].or(c);
                for (int n : members.get(root)) {
                    if (!own.contains(n) && (nodes.length == 1 || c.get(version(n)))) {
                        throw new IllegalArgumentException("the corrections contradict each other: paragraph "
                                + (n - offset[version(n)]) + " of '" + versions.get(version(n)).id()
                                + "' is confirmed with a row that excludes it");
                    }
                }
            }
            apartNodes = new int[corrections.apart().size()][];
            for (int a = 0; a < apartNodes.length; a++) {
                Link l = corrections.apart().get(a);
                apartNodes[a] = new int[] {node(l.a()), node(l.b())};
                corrected[apartNodes[a][0]] = corrected[apartNodes[a][1]] = true;
                if (find(apartNodes[a][0]) == find(apartNodes[a][1])) {
                    throw new IllegalArgumentException("the corrections contradict each other: paragraph "
                            + l.a().paragraph() + " of '" + versions.get(l.a().version()).id() + "' and paragraph "
                            + l.b().paragraph() + " of '" + versions.get(l.b().version()).id()
                            + "' are kept apart and together at once");
                }
            }
            // 2. evidence
            List<double[]> candidates = new ArrayList<>(); // priority, score, i, j, bead index
            List<int[][]> beadNodes = new ArrayList<>();
            double[][] skip = new double[total][k];
            for (double[] row : skip) {
                Arrays.fill(row, Double.NaN);
            }
            List<double[]> inside = new ArrayList<>(); // i, j, score, bead index
            for (int ii = 0; ii < k; ii++) {
                for (int jj = ii + 1; jj < k; jj++) {
                    final int i = ii, j = jj;
                    PairAlignment pair = pairSource.apply(i, j);
                    if (pair == null) { // not in the plan (see PairPlan): this pair votes neither way
                        pair = new PairAlignment(versions.get(i).id(), versions.get(j).id(), List.of());
                    } else {
                        planned[i][j] = true;
                    }
                    pairs[i][j] = pair;
                    List<List<Integer>> pi = new ArrayList<>(), pj = new ArrayList<>();
                    for (int p = 0; p < versions.get(i).size(); p++) {
                        pi.add(new ArrayList<>());
                    }
                    for (int p = 0; p < versions.get(j).size(); p++) {
                        pj.add(new ArrayList<>());
                    }
                    boolean sourcePair = sourceOf[j] == i || sourceOf[i] == j;
                    for (Bead b : pair.beads()) {
                        List<Integer> a = b.a().stream().filter(p -> !blank[offset[i] + p]).toList();
                        List<Integer> c = b.b().stream().filter(p -> !blank[offset[j] + p]).toList();
                        if (a.isEmpty() || c.isEmpty()) {
                            for (int p : b.a()) {
                                skip[offset[i] + p][j] = b.isLink() ? Double.NaN : b.score();
                            }
                            for (int p : b.b()) {
                                skip[offset[j] + p][i] = b.isLink() ? Double.NaN : b.score();
                            }
                            continue;
                        }
                        for (int p : a) {
                            pi.get(p).addAll(c);
                        }
                        for (int q : c) {
                            pj.get(q).addAll(a);
                        }
                        int[][] nodes = new int[][] {a.stream().mapToInt(p -> offset[i] + p).toArray(),
                                c.stream().mapToInt(q -> offset[j] + q).toArray()};
                        double score = Double.isNaN(b.score()) ? 0.5 : b.score();
                        candidates.add(new double[] {sourcePair ? 0 : 1, score, i, j, beadNodes.size()});
                        beadNodes.add(nodes);
                    }
                    // a translation's blank paragraphs (not yet translated) line up with their source by position
                    int t = sourceOf[j] == i ? j : sourceOf[i] == j ? i : -1;
                    if (t >= 0 && versions.get(i).size() == versions.get(j).size()) {
                        for (int p = 0; p < versions.get(t).size(); p++) {
                            if (blank[offset[t] + p]) {
                                candidates.add(new double[] {0, 1.0, i, j, beadNodes.size()});
                                beadNodes.add(new int[][] {{offset[i] + p}, {offset[j] + p}});
                            }
                        }
                    }
                    partners[i][j] = toArrays(pi);
                    partners[j][i] = toArrays(pj);
                }
            }
            candidates.sort((x, y) -> {
                int c = Double.compare(x[0], y[0]);
                if (c == 0) {
                    c = Double.compare(y[1], x[1]);
                }
                if (c == 0) {
                    c = Double.compare(x[4], y[4]); // pair order, then the pair's own order: deterministic
                }
                return c;
            });
            // 3. merge in order of confidence, keeping consistency
            for (double[] cand : candidates) {
                int[][] nodes = beadNodes.get((int) cand[4]);
                int u = (int) cand[2], w = (int) cand[3];
                List<Integer> roots = new ArrayList<>();
                for (int[] side : nodes) {
                    for (int n : side) {
                        int r = find(n);
                        if (!roots.contains(r)) {
                            roots.add(r);
                        }
                    }
                }
                if (roots.size() < 2) {
                    continue;
                }
                boolean ok = consistent(roots, u, w);
                if (!ok) {
                    continue;
                }
                for (int r : roots) {
                    union(roots.get(0), r);
                }
            }
            for (double[] cand : candidates) {
                int[][] nodes = beadNodes.get((int) cand[4]);
                if (cand[1] >= 0 && sameGroup(nodes)) {
                    inside.add(new double[] {cand[2], cand[3], cand[1], find(nodes[0][0])});
                }
            }
            // number the groups in node order: stable, view-independent ids
            int[] group = new int[total];
            Map<Integer, Integer> ids = new HashMap<>();
            for (int n = 0; n < total; n++) {
                group[n] = ids.computeIfAbsent(find(n), r -> ids.size());
            }
            int[] confirmedRoot = confirmedUnion();
            StoryPartition partition = new StoryPartition(versions, offset, group, ids.size(), corrected, confirmedRoot,
                    confirmedAlone, lone, skip);
            for (double[] s : inside) {
                partition.linkScores.computeIfAbsent(ids.get((int) s[3]), g -> new ArrayList<>()).add(new double[] {s[0], s[1], s[2]});
            }
            return partition;
        }

        private boolean sameGroup(int[][] nodes) {
            int r = find(nodes[0][0]);
            for (int[] side : nodes) {
                for (int n : side) {
                    if (find(n) != r) {
                        return false;
                    }
                }
            }
            return true;
        }

        private int[] confirmedUnion() {
            int[] p = new int[total];
            for (int n = 0; n < total; n++) {
                p[n] = n;
            }
            for (Link l : corrections.confirmed()) {
                int a = rootOf(p, node(l.a())), b = rootOf(p, node(l.b()));
                p[Math.max(a, b)] = Math.min(a, b);
            }
            for (int n = 0; n < total; n++) {
                p[n] = rootOf(p, n);
            }
            return p;
        }

        private static int rootOf(int[] p, int x) {
            while (p[x] != x) {
                p[x] = p[p[x]];
                x = p[x];
            }
            return x;
        }

        private static int[][] toArrays(List<List<Integer>> lists) {
            int[][] out = new int[lists.size()][];
            for (int i = 0; i < out.length; i++) {
                out[i] = lists.get(i).stream().mapToInt(Integer::intValue).distinct().toArray();
            }
            return out;
        }

        /**
         * Whether the pairwise alignment of u and w votes on merges: not when either is a translation, so that
         * adding or editing a translation never changes the groups of other versions.
         */
        private boolean counts(int u, int w) {
            return sourceOf[u] < 0 && sourceOf[w] < 0;
        }

        private int[][] apartNodes = new int[0][];

        /** Whether version v is t or a translation of t, directly or through other translations. */
        private boolean descends(int v, int t) {
            for (int x = v, steps = 0; x >= 0 && steps <= k; x = sourceOf[x], steps++) {
                if (x == t) {
                    return true;
                }
            }
            return false;
        }

        private boolean consistent(List<Integer> roots, int u, int w) {
            for (int[] a : apartNodes) {
                int ra = find(a[0]), rb = find(a[1]);
                if (ra != rb && roots.contains(ra) && roots.contains(rb)) {
                    return false;
                }
            }
            // corrections: a corrected group admits no other paragraph of its closed versions
            for (int r : roots) {
                for (int q : roots) {
                    if (r == q) {
                        continue;
                    }
                    if (closedAll[r]) {
                        return false;
                    }
                    for (int n : members.get(q)) {
                        if (closed[r].get(version(n))) {
                            return false;
                        }
                    }
                }
            }
            // contiguity within each version
            int[] lo = new int[k], hi = new int[k], count = new int[k];
            Arrays.fill(lo, Integer.MAX_VALUE);
            Arrays.fill(hi, -1);
            int[] rootsOfVersion = new int[k];
            for (int r : roots) {
                BitSet seen = new BitSet(k);
                for (int n : members.get(r)) {
                    int v = version(n);
                    lo[v] = Math.min(lo[v], n);
                    hi[v] = Math.max(hi[v], n);
                    count[v]++;
                    if (!seen.get(v)) {
                        seen.set(v);
                        rootsOfVersion[v]++;
                    }
                }
            }
            for (int v = 0; v < k; v++) {
                if (sourceOf[v] < 0 && rootsOfVersion[v] >= 2 && hi[v] - lo[v] + 1 != count[v]) {
                    return false;
                }
            }
            // a translation's evidence (even with its source) only attaches its own paragraphs (and those of its
            // translations) to a group: at most one of the groups it would join holds paragraphs of other versions.
            // Between two translations only one side moves: the one translating the other, else the later one, so
            // that adding a translation never moves another translation's paragraphs either
            if (sourceOf[u] >= 0 || sourceOf[w] >= 0) {
                int moving = sourceOf[u] < 0 ? w : sourceOf[w] < 0 ? u
                        : descends(u, w) ? u : descends(w, u) ? w : Math.max(u, w);
                int others = 0;
                for (int r : roots) {
                    for (int n : members.get(r)) {
                        int v = version(n);
                        if (!descends(v, moving)) {
                            others++;
                            break;
                        }
                    }
                }
                if (others >= 2) {
                    return false;
                }
            }
            // the other pairwise alignments between the groups must mostly agree
            int agree = 0, disagree = 0;
            for (int x = 0; x < roots.size(); x++) {
                for (int y = x + 1; y < roots.size(); y++) {
                    int[] verdict = agreement(roots.get(x), roots.get(y));
                    agree += verdict[0];
                    disagree += verdict[1];
                }
            }
            return disagree == 0 || agree > disagree;
        }

        private int[] agreement(int rx, int ry) {
            Map<Integer, List<Integer>> byVersionX = byVersion(members.get(rx));
            Map<Integer, List<Integer>> byVersionY = byVersion(members.get(ry));
            int agree = 0, disagree = 0;
            for (Map.Entry<Integer, List<Integer>> ex : byVersionX.entrySet()) {
                int u = ex.getKey();
                for (Map.Entry<Integer, List<Integer>> ey : byVersionY.entrySet()) {
                    int w = ey.getKey();
                    if (u == w || !counts(u, w) || !planned[Math.min(u, w)][Math.max(u, w)]) {
                        continue;
                    }
                    Set<Integer> ys = new HashSet<>(ey.getValue());
                    boolean linked = false, anyX = false, anyY = false;
                    for (int n : ex.getValue()) {
                        for (int q : partners[u][w][n - offset[u]]) {
                            anyX = true;
                            linked |= ys.contains(offset[w] + q);
                        }
                    }
                    for (int n : ey.getValue()) {
                        anyY |= partners[w][u][n - offset[w]].length > 0;
                    }
                    if (linked) {
                        agree++;
                    } else if (anyX || anyY) {
                        disagree++;
                    }
                }
            }
            return new int[] {agree, disagree};
        }

        private Map<Integer, List<Integer>> byVersion(List<Integer> nodes) {
            Map<Integer, List<Integer>> out = new HashMap<>();
            for (int n : nodes) {
                out.computeIfAbsent(version(n), v -> new ArrayList<>()).add(n);
            }
            return out;
        }
    }
}
