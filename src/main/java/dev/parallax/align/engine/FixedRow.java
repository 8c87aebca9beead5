package dev.parallax.align.engine;

import java.util.List;

/**
 * A row an editor confirmed or made by hand; re-alignment keeps it as it is and aligns around it.
 * {@code cells.get(i)} lists paragraph indices of version i (same order as the versions passed to
 * {@link Aligner#align}); an empty cell says "no counterpart in version i" and is kept as well.
 */
public record FixedRow(List<List<Integer>> cells) {
    public FixedRow {
        cells = cells.stream().map(c -> List.copyOf(c.stream().sorted().toList())).toList();
    }
}
