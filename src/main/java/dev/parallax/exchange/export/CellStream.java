package dev.parallax.exchange.export;

import dev.parallax.exchange.Segment;
import dev.parallax.exchange.Segment.Piece;

import java.util.List;

/**
 * Walks the pieces of one version through the segments of a row and says, for each, whether a paragraph
 * mark or a sentence space goes before it. Every format puts the same boundaries in the same places.
 */
final class CellStream {

    enum Before { NOTHING, SPACE, PARAGRAPH }

    private boolean started;

    /** What goes before piece {@code k} of {@code pieces}, given what this version already wrote in the row. */
    Before before(List<Piece> pieces, int k) {
        Piece piece = pieces.get(k);
        Before before = !started ? Before.NOTHING : piece.newParagraph() ? Before.PARAGRAPH : Before.SPACE;
        started = true;
        return before;
    }

    static CellStream[] forVersions(int n) {
        CellStream[] streams = new CellStream[n];
        for (int i = 0; i < n; i++) {
            streams[i] = new CellStream();
        }
        return streams;
    }

    static boolean anyText(Segment segment) {
        return segment.cells().stream().anyMatch(c -> !c.isEmpty());
    }
}
