package dev.parallax.align.engine;

import dev.parallax.bench.BenchmarkData;
import dev.parallax.bench.NtrexCases;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * NTREX en/ar/fa paragraph cases (seed 2024, the reported one; the settings were chosen on seeds 7, 11
 * and 99). The target, link F1 ≥ 0.95 for every pair, holds with the word list learnt from the documents'
 * own texts, as the workbench learns one from its stories (docs/benchmarks-align.md: 0.976 / 0.982 /
 * 0.956); the aligner alone, each document on its own, stays above 0.92.
 */
class NtrexEnArFaAlignmentTest {

    @Test
    void theGoldAlignmentScoresExactlyOneThroughTheSameScorer() {
        assumeTrue(BenchmarkData.has(NtrexCases.FOLDER), "NTREX data absent");
        for (NtrexCases.Case c : NtrexCases.build(2024L)) {
            for (String[] p : new String[][] {{"en", "ar"}, {"en", "fa"}, {"ar", "fa"}}) {
                NtrexCases.Version x = c.versions().get(p[0]), y = c.versions().get(p[1]);
                List<Bead> gold = NtrexCases.goldBeads(x, y);
                int[] k = NtrexCases.linkCounts(x, y, new PairAlignment(p[0], p[1], gold));
                assertEquals(k[2], k[0], c.document() + " " + p[0] + "-" + p[1] + ": every gold link found");
                assertEquals(k[2], k[1], c.document() + " " + p[0] + "-" + p[1] + ": no link beyond the gold");
                // every paragraph of both versions is in exactly one gold bead, dropped ones alone
                assertEquals(x.paragraphs().size(), gold.stream().mapToInt(b -> b.a().size()).sum());
                assertEquals(y.paragraphs().size(), gold.stream().mapToInt(b -> b.b().size()).sum());
            }
        }
    }

    @Test
    void withTheWordListLearntFromTheDocumentsEveryPairReachesTheTarget() {
        assumeTrue(BenchmarkData.has(NtrexCases.FOLDER), "NTREX data absent");
        List<NtrexCases.Case> cases = NtrexCases.build(2024L);
        Aligner aligner = new Aligner().withLexicon(new LexiconLearner().learn(NtrexCases.documents(cases)));
        for (String[] p : new String[][] {{"en", "ar"}, {"en", "fa"}, {"ar", "fa"}}) {
            double f1 = NtrexCases.linkF1(cases, p[0], p[1], aligner);
            assertTrue(f1 >= 0.95, p[0] + "-" + p[1] + " link F1 " + f1);
        }
    }

    @Test
    void withoutAWordListEveryPairStaysAboveTheEarlierLevel() {
        assumeTrue(BenchmarkData.has(NtrexCases.FOLDER), "NTREX data absent");
        List<NtrexCases.Case> cases = NtrexCases.build(2024L);
        Aligner aligner = new Aligner();
        for (String[] p : new String[][] {{"en", "ar"}, {"en", "fa"}, {"ar", "fa"}}) {
            double f1 = NtrexCases.linkF1(cases, p[0], p[1], aligner);
            assertTrue(f1 >= 0.92, p[0] + "-" + p[1] + " link F1 " + f1);
        }
    }
}
