package dev.parallax.align.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A row an editor confirmed or made by hand; re-alignment keeps it as it is and aligns around it.
 * {@code cells.get(i)} lists paragraph indices of version i (same order as the versions passed to
 * {@link Aligner#align}); an empty cell says "no counterpart in version i" and is kept as well. A
 * {@code null} cell leaves version i free: the editor's decision did not involve it (it was not on
 * screen), so the aligner places version i's paragraphs as it would without the row.
 */
public record FixedRow(List<List<Integer>> cells) {
    public FixedRow {
        List<List<Integer>> copy = new ArrayList<>();
        for (List<Integer> c : cells) {
            copy.add(c == null ? null : List.copyOf(c.stream().sorted().toList()));
        }
        cells = Collections.unmodifiableList(copy);
    }

    /** Version v's paragraphs in the row; none for a free cell. */
    public List<Integer> cell(int v) {
        List<Integer> c = cells.get(v);
        return c == null ? List.of() : c;
    }

    /** Whether version v is left free by this row. */
    public boolean free(int v) {
        return cells.get(v) == null;
    }
}
