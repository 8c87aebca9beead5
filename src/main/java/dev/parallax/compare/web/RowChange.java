package dev.parallax.compare.web;

import dev.parallax.align.StoryAlignment;

import java.util.List;

/**
 * Which rows of the aligned page a correction changed, so that the page swaps only those and keeps the reader's
 * place and open sentence views (issue 14). Rows are compared by number before and after: while the number of
 * rows stays, the changed rows are {@code from…to}; when a merge, split, unlink or link changes it, every row from
 * the first changed one to the end of what the page has loaded is renumbered, so the page replaces that tail.
 *
 * @param from the first row number to replace
 * @param to   the last row number to replace (after the correction)
 * @param tail whether the page replaces everything from {@code from} on, its "more rows" trigger included
 */
public record RowChange(int from, int to, boolean tail) {

    /**
     * @param first the first row the page holds
     * @param last  the last row the page holds
     */
    public static RowChange between(StoryAlignment before, StoryAlignment after, int first, int last) {
        List<StoryAlignment.RowView> old = before.rowViews();
        List<StoryAlignment.RowView> now = after.rowViews();
        int common = Math.min(old.size(), now.size());
        int from = 0;
        while (from < common && same(old.get(from), now.get(from))) {
            from++;
        }
        if (old.size() != now.size()) {
            int start = Math.max(from, first);
            if (start > last) {
                return new RowChange(start, start - 1, false); // changes beyond the loaded rows: they load as they come
            }
            return new RowChange(start, Math.max(start, last + now.size() - old.size()), true);
        }
        int to = common - 1;
        while (to >= from && same(old.get(to), now.get(to))) {
            to--;
        }
        return new RowChange(Math.max(from, first), Math.min(to, last), false);
    }

    /** Whether the page would show the row the same: its paragraphs, and how the aligner and editors marked it. */
    static boolean same(StoryAlignment.RowView a, StoryAlignment.RowView b) {
        if (a.fixed() != b.fixed() || a.confirmed() != b.confirmed() || a.percent() != b.percent()
                || !a.cellsJson().equals(b.cellsJson())) {
            return false;
        }
        for (int v = 0; v < a.cells().size(); v++) {
            if (a.cells().get(v).moved() != b.cells().get(v).moved() || a.cells().get(v).confirmed() != b.cells().get(v).confirmed()) {
                return false;
            }
        }
        return true;
    }

    /** Whether there is any row to replace. */
    public boolean any() {
        return tail || from <= to;
    }

    /** The rows to render in place of the changed ones. */
    public RowWindow window(StoryAlignment alignment, DiffView diff) {
        List<StoryAlignment.RowView> shown = alignment.rowViews().stream().filter(r -> diff.shown(r.number())).toList();
        List<StoryAlignment.RowView> rows = shown.stream().filter(r -> r.number() >= from && r.number() <= to).toList();
        Integer next = tail ? shown.stream().map(StoryAlignment.RowView::number).filter(n -> n > to).findFirst().orElse(null) : null;
        return new RowWindow(rows, next, null, alignment.rows().size());
    }
}
