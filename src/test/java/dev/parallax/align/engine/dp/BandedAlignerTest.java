package dev.parallax.align.engine.dp;

import dev.parallax.align.engine.score.AlignerSettings;
import dev.parallax.align.engine.support.SeedPair;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The banded dynamic programme alone (one pass, no learnt lexicon, no sentence evidence) on the seed story: the
 * report quotes SANA's eleven paragraphs as its paragraphs 8–18, word for word in English, translated in Arabic.
 */
class BandedAlignerTest {

    private static List<SegmentBead> align(SeedPair p) {
        return new BandedAligner(p.scorer(), AlignerSettings.defaults().minBand())
                .align(IntStream.range(0, p.a().size()).toArray(), IntStream.range(0, p.b().size()).toArray(), p.fa(), p.fb());
    }

    private static void coversBothInOrder(List<SegmentBead> beads, int n, int m) {
        int a = 0, b = 0;
        for (SegmentBead bead : beads) {
            assertEquals(a, bead.aStart(), "no gap and no overlap in the first version");
            assertEquals(b, bead.bStart(), "no gap and no overlap in the second version");
            a += bead.aLen();
            b += bead.bLen();
        }
        assertEquals(n, a);
        assertEquals(m, b);
    }

    private static boolean isQuote(SegmentBead s) {
        return s.aLen() == 1 && s.bLen() == 1 && s.aStart() == s.bStart() + 8;
    }

    @Test
    void theVerbatimQuotesAreLinkedOneToOneAtAlmostNoCost() {
        SeedPair p = SeedPair.of("syrian-observer.en", "sana.en");
        List<SegmentBead> beads = align(p);
        coversBothInOrder(beads, 20, 11);
        List<SegmentBead> links = beads.stream().filter(s -> s.aLen() > 0 && s.bLen() > 0).toList();
        assertEquals(11, links.size());
        assertTrue(links.stream().allMatch(BandedAlignerTest::isQuote), links.toString());
        assertTrue(links.stream().allMatch(s -> s.cost() < 0.01), links.toString());
        assertTrue(beads.stream().filter(s -> s.bLen() == 0).allMatch(s -> Math.abs(s.cost() - p.scorer().skipCost()) < 1e-9),
                "the report's own paragraphs are skipped");
    }

    @Test
    void acrossScriptsTheFirstPassLinksOnlyQuotesAndMostOfThem() {
        SeedPair p = SeedPair.of("syrian-observer.en", "sana.ar");
        List<SegmentBead> beads = align(p);
        coversBothInOrder(beads, 20, 11);
        List<SegmentBead> links = beads.stream().filter(s -> s.aLen() > 0 && s.bLen() > 0).toList();
        assertTrue(links.stream().allMatch(BandedAlignerTest::isQuote), "no wrong link: " + links);
        // names and numbers alone find most; the learnt lexicon and the sentences find the rest (PairwiseAlignerTest)
        assertTrue(links.size() >= 8, links.size() + " of 11");
    }

    @Test
    void withNothingOnOneSideEveryUnitIsSkippedAtTheSkipCost() {
        SeedPair p = SeedPair.of("syrian-observer.en", "sana.ar");
        List<SegmentBead> beads = new BandedAligner(p.scorer(), 8).align(new int[] {0, 1, 2}, new int[0], p.fa(), p.fb());
        double skip = p.scorer().skipCost();
        assertEquals(List.of(new SegmentBead(0, 1, 0, 0, skip), new SegmentBead(1, 1, 0, 0, skip), new SegmentBead(2, 1, 0, 0, skip)),
                beads);
    }
}
