package dev.parallax.exchange;

import java.util.List;

/**
 * A part of a row that the formats write as one unit (a TMX {@code <tu>}, an XLIFF {@code <segment>}):
 * the whole row, or one row of its aligned sentences. {@code cells.get(i)} holds version i's pieces.
 */
public record Segment(List<List<Piece>> cells, double score) {

    /**
     * A paragraph or a sentence. {@code newParagraph}: the piece begins a paragraph, so a writer puts a
     * paragraph mark before it unless it is the first piece of its version in the row.
     */
    public record Piece(String text, boolean newParagraph) {
    }

    public boolean isEmpty(int version) {
        return cells.get(version).isEmpty();
    }
}
