package dev.parallax.common.web;

import dev.parallax.common.ApiException;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * A piece of a long list of rows rendered in one response (the first screen, or the next chunk htmx fetches
 * when the reader scrolls to the end): the translate and grammar pages cut their rows with it so a 2,000-row
 * story opens at once. Rows are numbered; a chunk starts at the first row numbered {@code from} or after.
 *
 * @param rows     the rows to render, in order
 * @param next     the number of the first row after these, or null when they reach the end
 * @param previous where the chunk before these starts, or null when they start at the first row
 * @param total    rows in the whole list
 */
public record RowChunk<T>(List<T> rows, Integer next, Integer previous, int total) {

    /** Rows in the first response: a screen or two. */
    public static final int FIRST_SCREEN = 60;
    /** Rows per further chunk. */
    public static final int CHUNK = 100;

    /** The rows numbered {@code from} on, at most {@code size} of them. */
    public static <T> RowChunk<T> of(List<T> all, ToIntFunction<T> number, int from, int size) {
        int start = 0;
        while (start < all.size() && number.applyAsInt(all.get(start)) < from) {
            start++;
        }
        int end = Math.min(all.size(), start + size);
        Integer next = end < all.size() ? number.applyAsInt(all.get(end)) : null;
        Integer previous = start > 0 ? number.applyAsInt(all.get(Math.max(0, start - size))) : null;
        return new RowChunk<>(all.subList(start, end), next, previous, all.size());
    }

    /** Where a page opens: the row a link asks for, or the first when {@code from} is missing or negative. */
    public static int pageStart(Integer from) {
        return from == null || from < 0 ? 0 : from;
    }

    /**
     * Where a further chunk starts, as its request ({@code ?from=}) says; a 400 naming the kind of row ("paragraph",
     * "statement") when it is missing or negative.
     */
    public static int chunkStart(Integer from, String row) {
        if (from == null || from < 0) {
            throw ApiException.badRequest("Invalid " + row, "Say from which " + row + " to continue (from=0…).");
        }
        return from;
    }

    public boolean hasNext() {
        return next != null;
    }

    public boolean isEmpty() {
        return total == 0;
    }
}
