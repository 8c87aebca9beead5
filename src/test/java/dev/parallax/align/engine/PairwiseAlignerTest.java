package dev.parallax.align.engine;

import dev.parallax.align.engine.score.AlignerSettings;
import dev.parallax.align.engine.support.SeedPair;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.parallax.align.engine.EngineAssertions.everyUnitOnce;
import static dev.parallax.align.engine.EngineAssertions.links;
import static dev.parallax.align.engine.EngineAssertions.reportQuotesSana;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One pair of the seed story's versions aligned on its own, without the n-way rows around it. */
class PairwiseAlignerTest {

    private final PairwiseAligner aligner = new PairwiseAligner(AlignerSettings.defaults());

    private PairAlignment align(SeedPair p, List<Bead> forced) {
        return aligner.align(p.a().id(), p.a().language(), p.a().paragraphs(), p.b().id(), p.b().language(), p.b().paragraphs(),
                forced, List.of());
    }

    @Test
    void theEnglishReportAndSanasArabicLinkExactlyTheQuotedParagraphs() {
        SeedPair p = SeedPair.of("syrian-observer.en", "sana.ar");
        PairAlignment pair = align(p, List.of());
        assertEquals(reportQuotesSana(), links(pair.beads()));
        everyUnitOnce(pair.beads(), 20, 11);
        assertTrue(pair.beads().stream().filter(Bead::isLink).noneMatch(Bead::moved), "SANA is quoted in order");
    }

    @Test
    void theReportLinksNournewsPersianOnlyAtItsQuote() {
        SeedPair p = SeedPair.of("syrian-observer.en", "nournews.fa");
        PairAlignment pair = align(p, List.of());
        assertEquals(java.util.Set.of("[1]|[0]"), links(pair.beads()));
        everyUnitOnce(pair.beads(), 20, p.b().size());
    }

    @Test
    void anEditorsLinkIsKeptAndTheOtherParagraphsStillAlign() {
        SeedPair p = SeedPair.of("syrian-observer.en", "sana.ar");
        Bead editors = new Bead(List.of(19), List.of(10), 1.0, false);
        PairAlignment pair = align(p, List.of(editors));
        assertTrue(links(pair.beads()).contains("[19]|[10]"), links(pair.beads()).toString());
        for (int k = 0; k < 10; k++) {
            assertTrue(links(pair.beads()).contains("[" + (8 + k) + "]|[" + k + "]"), "SANA ¶" + k + " still with report ¶" + (8 + k));
        }
        everyUnitOnce(pair.beads(), 20, 11);
    }

    @Test
    void aLinkCrossesAnotherWhenItIsBeforeItInOneVersionAndAfterItInTheOther() {
        Bead quote = new Bead(List.of(8), List.of(0), 1, false);
        assertTrue(PairwiseAligner.crossesAny(new Bead(List.of(2), List.of(5), 1, false), List.of(quote)));
        assertFalse(PairwiseAligner.crossesAny(new Bead(List.of(9), List.of(1), 1, false), List.of(quote)));
    }
}
