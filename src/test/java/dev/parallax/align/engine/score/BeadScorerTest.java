package dev.parallax.align.engine.score;

import dev.parallax.align.engine.support.SeedPair;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The costs the aligner minimises, calibrated on the seed story's English report and SANA's Arabic. */
class BeadScorerTest {

    private final SeedPair pair = SeedPair.of("syrian-observer.en", "sana.ar");
    private final BeadScorer scorer = pair.scorer();

    private double linkCost(int i, int j) {
        UnitFeatures a = pair.fa().get(i), b = pair.fb().get(j);
        return scorer.linkCost(a.keys(), a.chars(), 1, a.sentences(), b.keys(), b.chars(), 1, b.sentences());
    }

    @Test
    void aTypicalLinkIsMoreSimilarThanChance() {
        assertTrue(scorer.randomSimilarity() < scorer.goodSimilarity());
        assertTrue(scorer.goodSimilarity() >= scorer.randomSimilarity() + 0.1, "calibration keeps them apart");
    }

    @Test
    void theQuotedParagraphIsMoreSimilarAndCheaperThanTheReportsOwn() {
        // report ¶8 quotes SANA ¶0 (in English; SANA's Arabic is its original); report ¶3 is the report's own
        double quoted = scorer.calibrated(pair.fa().get(8).keys(), pair.fb().get(0).keys());
        double own = scorer.calibrated(pair.fa().get(3).keys(), pair.fb().get(0).keys());
        assertTrue(quoted > own, quoted + " vs " + own);
        assertTrue(linkCost(8, 0) < linkCost(3, 0));
        assertTrue(linkCost(8, 0) < 2 * scorer.skipCost(), "linking the quote is cheaper than leaving both alone");
        assertTrue(scorer.linkConfidence(linkCost(8, 0), 2) > scorer.linkConfidence(linkCost(3, 0), 2));
    }

    @Test
    void mergesCostMoreThanOneToOneAndSentenceCountsCountUpToThree() {
        AlignerSettings s = AlignerSettings.defaults();
        assertEquals(0, scorer.shapeCost(1, 1));
        assertEquals(s.mergeCost(), scorer.shapeCost(2, 1));
        assertEquals(s.doubleMergeCost(), scorer.shapeCost(2, 2));
        assertEquals(s.tripleMergeCost(), scorer.shapeCost(3, 1));
        assertEquals(0, scorer.sentenceCost(2, 2));
        assertEquals(scorer.sentenceCost(1, 4), scorer.sentenceCost(1, 9), "at most three sentences of difference count");
        assertTrue(scorer.sentenceCost(1, 2) < scorer.sentenceCost(1, 3));
    }
}
