package dev.parallax.exchange;

import dev.parallax.align.engine.Aligner;
import dev.parallax.align.engine.Row;
import dev.parallax.align.engine.SentenceAlignment;
import dev.parallax.align.engine.SentenceSplitter;
import dev.parallax.align.engine.TextVersion;
import dev.parallax.exchange.Segment.Piece;

import java.util.ArrayList;
import java.util.List;

/** Cuts a row into the segments a format writes. */
@FunctionalInterface
public interface Segmenter {

    List<Segment> segments(ExchangeRow row, List<ExchangeVersion> versions);

    /** The whole row is one segment; each paragraph is a piece. */
    Segmenter PARAGRAPHS = (row, versions) -> {
        List<List<Piece>> cells = new ArrayList<>();
        for (List<String> cell : row.texts()) {
            cells.add(cell.stream().map(text -> new Piece(text, true)).toList());
        }
        return List.of(new Segment(cells, row.score()));
    };

    /**
     * The row's sentences aligned by the engine, one segment per sentence row. A sentence that starts one
     * of the cell's paragraphs is marked as such, so paragraph boundaries survive a round trip.
     */
    static Segmenter sentences(Aligner aligner) {
        return (row, versions) -> {
            List<TextVersion> cells = new ArrayList<>();
            List<List<Boolean>> starts = new ArrayList<>();
            for (int v = 0; v < versions.size(); v++) {
                ExchangeVersion version = versions.get(v);
                List<String> paragraphs = row.texts().get(v);
                List<Boolean> first = new ArrayList<>();
                for (String p : paragraphs) {
                    int n = SentenceSplitter.split(p, version.language()).size();
                    for (int s = 0; s < n; s++) {
                        first.add(s == 0);
                    }
                }
                starts.add(first);
                cells.add(paragraphs.isEmpty() ? Aligner.emptyCell(version.id(), version.language())
                        : new TextVersion(version.id(), version.language(), paragraphs));
            }
            SentenceAlignment sentences = aligner.alignSentences(cells);
            List<Segment> segments = new ArrayList<>();
            for (Row r : sentences.rows()) {
                List<List<Piece>> pieces = new ArrayList<>();
                for (int v = 0; v < versions.size(); v++) {
                    List<String> all = sentences.sentences().get(v);
                    List<Boolean> first = starts.get(v);
                    pieces.add(r.cells().get(v).stream().map(s -> new Piece(all.get(s), s < first.size() && first.get(s))).toList());
                }
                segments.add(new Segment(pieces, r.score()));
            }
            return segments;
        };
    }
}
