package dev.parallax.compare.web;

import dev.parallax.align.StoryAlignment;
import dev.parallax.compare.web.DiffView;

import java.util.List;

/**
 * The rows of the aligned page rendered in one response: the first screen, or the next chunk the reader
 * scrolls into (htmx, {@code hx-trigger="revealed"}). The overview, flag counts and filters still cover the
 * whole story; only the rows' HTML comes in pieces, so a 2,000-row story opens at once.
 *
 * @param rows     the rows to render, in order (only those the flag filter shows)
 * @param next     the number of the first shown row after these, or null when they reach the end
 * @param previous where the chunk before these starts, or null when they start at the first shown row
 * @param total    rows in the whole alignment
 */
public record RowWindow(List<StoryAlignment.RowView> rows, Integer next, Integer previous, int total) {

    /** Rows in the first response: a screen or two of a long story. */
    public static final int FIRST_SCREEN = 60;
    /** Rows per further chunk. */
    public static final int CHUNK = 100;

    /** The shown rows from row number {@code from} on, at most {@code size} of them. */
    public static RowWindow of(StoryAlignment alignment, DiffView diff, int from, int size) {
        List<StoryAlignment.RowView> shown = alignment.rowViews().stream().filter(r -> diff.shown(r.number())).toList();
        int start = 0;
        while (start < shown.size() && shown.get(start).number() < from) {
            start++;
        }
        int end = Math.min(shown.size(), start + size);
        Integer next = end < shown.size() ? shown.get(end).number() : null;
        Integer previous = start > 0 ? shown.get(Math.max(0, start - size)).number() : null;
        return new RowWindow(shown.subList(start, end), next, previous, alignment.rows().size());
    }

    /** Whether row {@code number} has a row after it in the alignment (it can merge with the next). */
    public boolean hasNextRow(int number) {
        return number + 1 < total;
    }

    public boolean hasNext() {
        return next != null;
    }
}
