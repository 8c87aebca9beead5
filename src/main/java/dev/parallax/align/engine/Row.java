package dev.parallax.align.engine;

import java.util.List;

/**
 * One n-way row: {@code cells.get(i)} lists the paragraph indices of version i in this row, in order
 * (empty when version i has nothing here). {@code score} is the row's confidence 0..1, {@code moved.get(i)}
 * says version i's paragraphs sit here although they are out of order in version i, {@code fixed} that
 * an editor confirmed or made the row.
 */
public record Row(List<List<Integer>> cells, double score, List<Boolean> moved, boolean fixed) {
    public Row {
        cells = cells.stream().map(List::copyOf).toList();
        moved = List.copyOf(moved);
    }
}
