package dev.parallax.align.engine;

import dev.parallax.align.engine.score.AlignerSettings;
import dev.parallax.bench.BeadScore;
import dev.parallax.bench.BenchmarkData;
import dev.parallax.bench.TextBerg;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Text+Berg de–fr, 7 test documents, scored as vecalign's score.py; skipped when the data is absent. */
class TextBergDeFrAlignmentTest {

    @Test
    void strictF1OnTheSevenTestDocumentsReachesTheTarget() {
        assumeTrue(BenchmarkData.has(TextBerg.FOLDER), "Text+Berg data absent");
        BeadScore s = TextBerg.score(TextBerg.TEST, AlignerSettings.sentences());
        assertTrue(s.strictF1() >= 0.85, "strict F1 " + s.strictF1());
    }
}
