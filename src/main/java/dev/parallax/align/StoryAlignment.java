package dev.parallax.align;

import dev.parallax.align.engine.Alignment;
import dev.parallax.align.engine.Row;
import dev.parallax.story.Version;

import java.util.ArrayList;
import java.util.List;

/**
 * The alignment of some versions of a story, with the texts it was computed from: what the API and
 * the aligned page show. {@code versions.get(0)} is the base.
 */
public record StoryAlignment(long storyId, List<Version> versions, List<List<String>> texts, Alignment alignment,
                             List<Boolean> confirmed, List<List<Boolean>> cellConfirmed) {

    public List<Row> rows() {
        return alignment.rows();
    }

    public List<Long> versionIds() {
        return versions.stream().map(v -> v.id).toList();
    }

    /** The rows in a shape templates can walk: cells of paragraphs with their text. */
    public List<RowView> rowViews() {
        List<RowView> views = new ArrayList<>();
        List<Row> rows = alignment.rows();
        for (int r = 0; r < rows.size(); r++) {
            Row row = rows.get(r);
            List<CellView> cells = new ArrayList<>();
            for (int v = 0; v < versions.size(); v++) {
                List<ParagraphView> paragraphs = new ArrayList<>();
                for (int index : row.cells().get(v)) {
                    paragraphs.add(new ParagraphView(index, texts.get(v).get(index)));
                }
                cells.add(new CellView(versions.get(v), paragraphs, row.moved().get(v), cellConfirmed.get(r).get(v)));
            }
            views.add(new RowView(r, cells, row.score(), row.fixed(), confirmed.get(r)));
        }
        return views;
    }

    public record RowView(int number, List<CellView> cells, double score, boolean fixed, boolean confirmed) {
        public int percent() {
            return (int) Math.round(score * 100);
        }

        /** low / medium / high, for the confidence badge. */
        public String confidence() {
            return score >= 0.75 ? "high" : score >= 0.45 ? "medium" : "low";
        }

        public boolean hasMoved() {
            return cells.stream().anyMatch(CellView::moved);
        }

        /** The row's cells as the API writes them ("[[0],[0,1],[]]"), sent back by forms to detect a stale view. */
        public String cellsJson() {
            return cells.stream().map(c -> c.paragraphs().stream().map(p -> String.valueOf(p.index()))
                    .collect(java.util.stream.Collectors.joining(",", "[", "]")))
                    .collect(java.util.stream.Collectors.joining(",", "[", "]"));
        }

        /** Whether the row holds two paragraphs or more, so that it can be split. */
        public boolean splittable() {
            return cells.stream().mapToInt(c -> c.paragraphs().size()).sum() >= 2;
        }
    }

    /** {@code confirmed}: every paragraph of the cell has a link an editor confirmed to another cell of the row. */
    public record CellView(Version version, List<ParagraphView> paragraphs, boolean moved, boolean confirmed) {
        public boolean empty() {
            return paragraphs.isEmpty();
        }
    }

    public record ParagraphView(int index, String text) {
    }

    /** The first words of a paragraph, for lists that name paragraphs (the link form): whole words, at most ~60 characters. */
    public static String start(String text) {
        String t = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        if (t.length() <= 60) {
            return t.isEmpty() ? "(empty)" : t;
        }
        int cut = t.lastIndexOf(' ', 60);
        return t.substring(0, cut > 30 ? cut : 60) + "…";
    }

    /** The first words of paragraph {@code index} of version number {@code version} (0 is the base). */
    public String paragraphStart(int version, int index) {
        return start(texts.get(version).get(index));
    }
}
