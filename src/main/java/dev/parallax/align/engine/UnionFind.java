package dev.parallax.align.engine;

/**
 * Disjoint sets of the numbers 0..size-1 (paragraphs or sentences of several versions, numbered one after the other):
 * the one union-find of the aligner, for rows built from links ({@link RowBuilder}), sentence groups
 * ({@link SentenceGroups}) and the story partition ({@link StoryPartition}). Path halving keeps {@link #find} short.
 */
final class UnionFind {

    private final int[] parent;

    UnionFind(int size) {
        parent = new int[size];
        for (int i = 0; i < size; i++) {
            parent[i] = i;
        }
    }

    /** The root of x's set. */
    int find(int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    /** Joins the sets of x and y under the smaller of their roots, and returns it. */
    int union(int x, int y) {
        int rx = find(x), ry = find(y);
        if (rx != ry) {
            parent[Math.max(rx, ry)] = Math.min(rx, ry);
        }
        return Math.min(rx, ry);
    }

    /** Puts the root {@code child} under the root {@code root}, for a caller that chooses the surviving root itself. */
    void attach(int child, int root) {
        parent[child] = root;
    }
}
