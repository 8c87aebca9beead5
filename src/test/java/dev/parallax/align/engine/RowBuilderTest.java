package dev.parallax.align.engine;

import dev.parallax.align.engine.support.SeedPair;
import dev.parallax.align.engine.support.StoryFolder;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * N-way rows from links with the base, on the seed story's five versions (report, SANA English, Nournews English,
 * SANA Arabic, Nournews Persian; the report is the base).
 */
class RowBuilderTest {

    private final List<TextVersion> versions = StoryFolder.versions(SeedPair.FOLDER);

    private static Bead link(int a, int b, double score) {
        return new Bead(List.of(a), List.of(b), score, false);
    }

    private static Row rowOfReport(List<Row> rows, int paragraph) {
        return rows.stream().filter(r -> r.cells().get(0).contains(paragraph)).findFirst().orElseThrow();
    }

    @Test
    void sanasEnglishAndArabicMeetInTheRowOfTheReportParagraphThatQuotesThem() {
        RowBuilder builder = new RowBuilder(versions);
        builder.addBead(1, link(8, 0, 0.9));
        builder.addBead(3, link(8, 0, 0.7));
        List<Row> rows = builder.rows();
        Row quote = rowOfReport(rows, 8);
        assertEquals(List.of(List.of(8), List.of(0), List.of(), List.of(0), List.of()), quote.cells());
        assertEquals(0.8, quote.score(), 1e-9, "the mean of its links' confidences");
        assertFalse(quote.fixed());
        assertEquals(0.5, rowOfReport(rows, 2).score(), 1e-9, "a row without links has no evidence either way");
        int paragraphs = versions.stream().mapToInt(TextVersion::size).sum();
        assertEquals(paragraphs, rows.stream().mapToInt(r -> r.cells().stream().mapToInt(List::size).sum()).sum(),
                "every paragraph of every version in exactly one row");
    }

    @Test
    void rowsFollowTheReportAndAParagraphWithoutCounterpartFollowsItsPredecessor() {
        RowBuilder builder = new RowBuilder(versions);
        for (int k = 0; k < 10; k++) {
            builder.addBead(1, link(8 + k, k, 0.9)); // SANA's last paragraph (10) left without a link
        }
        List<Row> rows = builder.rows();
        for (int i = 1; i < rows.size(); i++) {
            List<Integer> previous = rows.get(i - 1).cells().get(0), current = rows.get(i).cells().get(0);
            if (!previous.isEmpty() && !current.isEmpty()) {
                assertTrue(previous.get(0) < current.get(0), "base paragraphs in order");
            }
        }
        int lastSanaLink = rows.indexOf(rowOfReport(rows, 17));
        assertEquals(List.of(10), rows.get(lastSanaLink + 1).cells().get(1), "SANA ¶10 right after the row of SANA ¶9");
        assertEquals(List.of(18), rows.get(lastSanaLink + 2).cells().get(0));
    }

    @Test
    void aFixedRowIsKeptWholeWithFullConfidenceAndAMovedLinkIsMarked() {
        RowBuilder builder = new RowBuilder(versions);
        builder.addFixed(new FixedRow(List.of(List.of(1), List.of(), List.of(0), List.of(), List.of(0))));
        builder.addBead(3, new Bead(List.of(18), List.of(0), 0.6, true));
        List<Row> rows = builder.rows();
        Row nournews = rowOfReport(rows, 1);
        assertEquals(List.of(List.of(1), List.of(), List.of(0), List.of(), List.of(0)), nournews.cells());
        assertTrue(nournews.fixed());
        assertEquals(1.0, nournews.score());
        Row moved = rowOfReport(rows, 18);
        assertEquals(List.of(false, false, false, true, false), moved.moved());
    }
}
