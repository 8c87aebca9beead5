package dev.parallax.align.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * An n-way alignment: rows ordered by the base version (versionIds.get(0)); every paragraph of every
 * version is in exactly one row.
 */
public record Alignment(List<String> versionIds, List<Row> rows) {
    public Alignment {
        versionIds = List.copyOf(versionIds);
        rows = List.copyOf(rows);
    }

    /**
     * The pairwise view of versions i and j: the rows projected onto the two columns, rows empty in
     * both dropped. This is how a pairwise gold is derived from an n-way one.
     */
    public List<Bead> project(int i, int j) {
        List<Bead> out = new ArrayList<>();
        for (Row r : rows) {
            List<Integer> a = r.cells().get(i);
            List<Integer> b = r.cells().get(j);
            if (!a.isEmpty() || !b.isEmpty()) {
                out.add(new Bead(a, b, r.score(), r.moved().get(i) || r.moved().get(j)));
            }
        }
        return out;
    }
}
