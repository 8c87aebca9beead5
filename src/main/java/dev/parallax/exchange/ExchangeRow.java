package dev.parallax.exchange;

import java.util.List;

/**
 * One aligned row: {@code texts.get(i)} holds the paragraphs of version i in the row (none when it has
 * nothing here), {@code indices.get(i)} their 0-based positions in version i.
 */
public record ExchangeRow(int number, List<List<String>> texts, List<List<Integer>> indices, double score,
                          List<Boolean> moved, boolean fixed, boolean confirmed) {

    public ExchangeRow {
        texts = texts.stream().map(List::copyOf).toList();
        indices = indices.stream().map(List::copyOf).toList();
        moved = List.copyOf(moved);
    }

    /** "confirmed", "fixed" or null: what an editor did to the row. */
    public String alignmentState() {
        return confirmed ? "confirmed" : fixed ? "fixed" : null;
    }
}
