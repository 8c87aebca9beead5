package dev.parallax.exchange;

import dev.parallax.align.engine.Aligner;
import dev.parallax.align.engine.Row;
import dev.parallax.align.engine.SentenceAlignment;
import dev.parallax.text.SentenceSplitter;
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
            // an empty paragraph (a translation not written yet) has no sentence: it rides before the next
            // sentence of its version in the row, or after the last one
            List<List<Integer>> emptyBefore = new ArrayList<>();
            int[] trailing = new int[versions.size()];
            for (int v = 0; v < versions.size(); v++) {
                ExchangeVersion version = versions.get(v);
                List<String> paragraphs = row.texts().get(v);
                List<Boolean> first = new ArrayList<>();
                List<Integer> empties = new ArrayList<>();
                int pending = 0;
                for (String p : paragraphs) {
                    int n = p.isBlank() ? 0 : SentenceSplitter.split(p, version.language()).size();
                    if (n == 0) {
                        pending++;
                        continue;
                    }
                    for (int s = 0; s < n; s++) {
                        first.add(s == 0);
                        empties.add(s == 0 ? pending : 0);
                    }
                    pending = 0;
                }
                trailing[v] = pending;
                starts.add(first);
                emptyBefore.add(empties);
                List<String> withText = paragraphs.stream().filter(p -> !p.isBlank()).toList();
                cells.add(withText.isEmpty() ? Aligner.emptyCell(version.id(), version.language())
                        : new TextVersion(version.id(), version.language(), withText));
            }
            SentenceAlignment sentences = aligner.alignSentences(cells);
            List<Segment> segments = new ArrayList<>();
            for (Row r : sentences.rows()) {
                List<List<Piece>> pieces = new ArrayList<>();
                for (int v = 0; v < versions.size(); v++) {
                    List<String> all = sentences.sentences().get(v);
                    List<Boolean> first = starts.get(v);
                    List<Integer> empties = emptyBefore.get(v);
                    List<Piece> cell = new ArrayList<>();
                    for (int s : r.cells().get(v)) {
                        for (int e = 0; s < empties.size() && e < empties.get(s); e++) {
                            cell.add(new Piece("", true));
                        }
                        cell.add(new Piece(all.get(s), s < first.size() && first.get(s)));
                    }
                    pieces.add(cell);
                }
                segments.add(new Segment(pieces, r.score()));
            }
            for (int v = 0; v < versions.size(); v++) {
                if (trailing[v] == 0) {
                    continue;
                }
                int version = v;
                int last = segments.size() - 1;
                while (last >= 0 && segments.get(last).isEmpty(version)) {
                    last--;
                }
                if (last < 0) {
                    if (segments.isEmpty()) {
                        List<List<Piece>> none = new ArrayList<>();
                        versions.forEach(x -> none.add(List.of()));
                        segments.add(new Segment(none, row.score()));
                    }
                    last = 0;
                }
                Segment segment = segments.get(last);
                List<List<Piece>> cellsOf = new ArrayList<>(segment.cells());
                List<Piece> cell = new ArrayList<>(cellsOf.get(v));
                for (int e = 0; e < trailing[v]; e++) {
                    cell.add(new Piece("", true));
                }
                cellsOf.set(v, cell);
                segments.set(last, new Segment(cellsOf, segment.score()));
            }
            return segments;
        };
    }
}
