package dev.parallax.intake.engine;

import dev.parallax.bench.BenchmarkData;
import dev.parallax.bench.ExtractionBench;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The article-extraction benchmark (91 real pages with hand-made bodies), scored as its README says.
 * Measured 0.965 (P 0.953, R 0.978); the guard sits at the target, 0.93. Skipped without ../shared.
 */
class ExtractionBenchmarkTest {

    @Test
    void articleBodiesReachTheTargetF1() throws IOException {
        Assumptions.assumeTrue(BenchmarkData.has(ExtractionBench.FOLDER), "no ../shared/benchmarks/article-extraction");
        ExtractionBench.Result result = ExtractionBench.run(BenchmarkData.folder(ExtractionBench.FOLDER));
        assertTrue(result.pages().size() >= 90, "pages " + result.pages().size());
        assertTrue(result.f1() >= 0.93, String.format("F1 %.3f (P %.3f, R %.3f)", result.f1(), result.precision(), result.recall()));
        assertTrue(result.precision() >= 0.90 && result.recall() >= 0.95,
                String.format("P %.3f, R %.3f", result.precision(), result.recall()));
    }
}
