package dev.parallax.align.engine;

import dev.parallax.align.engine.support.StoryFolder;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Fixed rows, validation and local re-alignment, on the seed story (assad-tehran-visit). */
class AlignerValidationAndRealignTest {

    final List<TextVersion> seed = StoryFolder.versions(Path.of("translations/assad-tehran-visit"));
    final List<TextVersion> reportAndSanaAr = List.of(seed.get(0), seed.get(3));
    final Aligner aligner = new Aligner();

    @Test
    void aFixedRowIsKeptEvenAgainstTheEvidence() {
        // an editor links the standfirst (0) to SANA's first Arabic paragraph; report 8 then has no partner
        Alignment a = aligner.align(reportAndSanaAr, List.of(new FixedRow(List.of(List.of(0), List.of(0)))));
        Row first = a.rows().get(0);
        assertEquals(List.of(List.of(0), List.of(0)), first.cells());
        assertTrue(first.fixed());
        assertTrue(a.rows().stream().anyMatch(r -> r.cells().equals(List.of(List.of(9), List.of(1)))));
    }

    @Test
    void invalidFixedRowsAndInputsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> aligner.align(List.of(seed.get(0))));
        assertThrows(IllegalArgumentException.class, () -> aligner.align(reportAndSanaAr,
                List.of(new FixedRow(List.of(List.of(0), List.of(99))))));
        assertThrows(IllegalArgumentException.class, () -> aligner.align(reportAndSanaAr,
                List.of(new FixedRow(List.of(List.of(0), List.of(1))), new FixedRow(List.of(List.of(2), List.of(1))))));
        assertThrows(IllegalArgumentException.class, () -> new TextVersion("x", "en", List.of()));
    }

    @Test
    void realignKeepsRowsFarFromTheEditAsTheyWere() {
        Alignment full = aligner.align(reportAndSanaAr);
        // a previous alignment in which a far row was arranged differently (e.g. by an older engine)
        List<Row> rows = new ArrayList<>(full.rows());
        int r8 = indexOf(rows, 8), r9 = indexOf(rows, 9);
        rows.set(r8, new Row(List.of(List.of(8), List.of()), 0.5, List.of(false, false), false));
        rows.set(r9, new Row(List.of(List.of(9), List.of(0, 1)), 0.5, List.of(false, false), false));
        Alignment previous = new Alignment(full.versionIds(), rows);
        // edit the report's last paragraph: only rows near it may change
        List<String> edited = new ArrayList<>(seed.get(0).paragraphs());
        edited.set(19, edited.get(19) + " Updated.");
        List<TextVersion> now = List.of(new TextVersion(seed.get(0).id(), "en", edited), seed.get(3));
        Alignment again = aligner.realign(previous, now, List.of(), List.of(Set.of(19), Set.of()));
        assertTrue(again.rows().stream().anyMatch(r -> r.cells().equals(List.of(List.of(9), List.of(0, 1)))),
                "far row kept as it was");
        assertEquals(full.rows().stream().map(Row::cells).toList().get(full.rows().size() - 1),
                again.rows().get(again.rows().size() - 1).cells());
    }

    @Test
    void sentencesInsideARowLineUp() {
        TextVersion en = new TextVersion("en", "en", List.of("Assad met Khamenei in Tehran. He then left for Damascus."));
        TextVersion ar = new TextVersion("ar", "ar", List.of("التقى الأسد خامنئي في طهران. ثم غادر إلى دمشق."));
        SentenceAlignment s = aligner.alignSentences(List.of(en, ar));
        assertEquals(2, s.sentences().get(0).size());
        assertEquals(List.of(List.of(List.of(0), List.of(0)), List.of(List.of(1), List.of(1))),
                s.rows().stream().map(Row::cells).toList());
    }

    private static int indexOf(List<Row> rows, int baseParagraph) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).cells().get(0).contains(baseParagraph)) {
                return i;
            }
        }
        throw new AssertionError();
    }
}
