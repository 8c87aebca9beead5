package dev.parallax.align.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds n-way rows from the pairwise alignments of the base version with each other version. Paragraphs
 * linked through the base end up in one row (union–find), so the rows are consistent across versions:
 * if the base paragraph 3 is linked with version 1's paragraph 5 and version 2's paragraph 4, those
 * three share a row, and version 1 × version 2 follow from it. Fixed rows are taken as they are.
 */
final class RowBuilder {

    private final int[] offset;
    private final int[] sizes;
    private final UnionFind sets;
    private final boolean[] moved;
    private final boolean[] fixed;

    RowBuilder(List<TextVersion> versions) {
        sizes = versions.stream().mapToInt(TextVersion::size).toArray();
        offset = new int[sizes.length + 1];
        for (int v = 0; v < sizes.length; v++) {
            offset[v + 1] = offset[v] + sizes[v];
        }
        int total = offset[sizes.length];
        sets = new UnionFind(total);
        moved = new boolean[total];
        fixed = new boolean[total];
    }

    void addFixed(FixedRow row) {
        int first = -1;
        for (int v = 0; v < row.cells().size(); v++) {
            for (int p : row.cell(v)) {
                int node = offset[v] + p;
                fixed[node] = true;
                first = first < 0 ? node : union(first, node);
            }
        }
    }

    /** Joins an anchor row's paragraphs without marking them as fixed by an editor. */
    void addFixedWithoutFlag(FixedRow row) {
        int first = -1;
        for (int v = 0; v < row.cells().size(); v++) {
            for (int p : row.cell(v)) {
                int node = offset[v] + p;
                first = first < 0 ? node : union(first, node);
            }
        }
    }

    /** A bead between the base (version 0) and version v. */
    void addBead(int v, Bead bead) {
        int first = -1;
        for (int p : bead.a()) {
            first = first < 0 ? offset[0] + p : union(first, offset[0] + p);
        }
        for (int p : bead.b()) {
            int node = offset[v] + p;
            moved[node] |= bead.moved();
            first = first < 0 ? node : union(first, node);
        }
        if (first >= 0 && !Double.isNaN(bead.score())) {
            pendingScores.add(new double[] {first, bead.score()});
        }
    }

    private final List<double[]> pendingScores = new ArrayList<>();

    List<Row> rows() {
        int versions = sizes.length;
        Map<Integer, List<List<Integer>>> cellsByRoot = new HashMap<>();
        Map<Integer, boolean[]> movedByRoot = new HashMap<>();
        Map<Integer, Boolean> fixedByRoot = new HashMap<>();
        for (int v = 0; v < versions; v++) {
            for (int p = 0; p < sizes[v]; p++) {
                int node = offset[v] + p;
                int root = find(node);
                List<List<Integer>> cells = cellsByRoot.computeIfAbsent(root, r -> {
                    List<List<Integer>> c = new ArrayList<>();
                    for (int k = 0; k < versions; k++) {
                        c.add(new ArrayList<>());
                    }
                    return c;
                });
                cells.get(v).add(p);
                movedByRoot.computeIfAbsent(root, r -> new boolean[versions])[v] |= moved[node];
                fixedByRoot.merge(root, fixed[node], Boolean::logicalOr);
            }
        }
        // scores were added to the root at the time; roots may have been merged since, so re-add
        Map<Integer, double[]> scores = new HashMap<>();
        for (double[] s : pendingScores) {
            double[] acc = scores.computeIfAbsent(find((int) s[0]), r -> new double[2]);
            acc[0] += s[1];
            acc[1]++;
        }
        // position of each paragraph's row among the base-ordered rows, for placing rows without base
        List<Integer> roots = new ArrayList<>(cellsByRoot.keySet());
        Map<Integer, Double> key = new HashMap<>();
        for (int root : roots) {
            List<Integer> base = cellsByRoot.get(root).get(0);
            if (!base.isEmpty()) {
                key.put(root, (double) base.get(0));
            }
        }
        // a row without base paragraphs goes right after the base-ordered row holding the nearest earlier
        // (not moved) paragraph of its first version: one pass per version, not a scan back per row
        for (int v = 1; v < versions; v++) {
            double before = -1;
            for (int p = 0; p < sizes[v]; p++) {
                int root = find(offset[v] + p);
                List<List<Integer>> cells = cellsByRoot.get(root);
                if (cells.get(0).isEmpty()) {
                    if (!key.containsKey(root) && firstVersionWithCells(cells) == v && cells.get(v).get(0) == p) {
                        key.put(root, before + 0.5 + v * 1e-3 + p * 1e-9);
                    }
                } else if (!movedByRoot.get(root)[v]) {
                    before = cells.get(0).get(0);
                }
            }
        }
        roots.sort(Comparator.comparingDouble(key::get));
        List<Row> rows = new ArrayList<>();
        for (int root : roots) {
            boolean isFixed = fixedByRoot.get(root);
            double[] acc = scores.get(root);
            double score = isFixed ? 1.0 : acc == null ? 0.5 : acc[0] / acc[1];
            boolean[] mv = movedByRoot.get(root);
            List<Boolean> movedList = new ArrayList<>();
            for (boolean b : mv) {
                movedList.add(b);
            }
            rows.add(new Row(cellsByRoot.get(root), score, movedList, isFixed));
        }
        return rows;
    }

    private static int firstVersionWithCells(List<List<Integer>> cells) {
        int v = 0;
        while (cells.get(v).isEmpty()) {
            v++;
        }
        return v;
    }

    private int find(int x) {
        return sets.find(x);
    }

    private int union(int x, int y) {
        return sets.union(x, y);
    }
}
