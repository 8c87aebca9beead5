package dev.parallax.align.engine;

import dev.parallax.align.engine.score.AlignerSettings;
import dev.parallax.align.engine.support.SeedPair;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static dev.parallax.align.engine.EngineAssertions.alone;
import static dev.parallax.align.engine.EngineAssertions.everyUnitOnce;
import static dev.parallax.align.engine.EngineAssertions.links;
import static dev.parallax.align.engine.EngineAssertions.reportQuotesSana;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The second pass that links paragraphs the monotonic pass left alone, on the seed story. */
class MoveFinderTest {

    private static final double THRESHOLD = AlignerSettings.defaults().moveThreshold();

    @Test
    void sanasParagraphsLeftAloneAreFoundInTheReportAndMarkedMoved() {
        SeedPair p = SeedPair.of("syrian-observer.en", "sana.en");
        List<Bead> out = MoveFinder.linkMoved(alone(20, 11), p.fa(), p.fb(), p.scorer(), THRESHOLD);
        assertEquals(reportQuotesSana(), links(out));
        assertTrue(out.stream().filter(Bead::isLink).allMatch(Bead::moved));
        assertTrue(out.stream().filter(Bead::isLink).allMatch(b -> b.score() > 0.5), "verbatim quotes are confident links");
        everyUnitOnce(out, 20, 11);
    }

    @Test
    void twoDifferentAgencyTextsOnTheSameMeetingsAreNotLinked() {
        SeedPair p = SeedPair.of("sana.en", "nournews.en");
        List<Bead> out = MoveFinder.linkMoved(alone(11, p.b().size()), p.fa(), p.fb(), p.scorer(), THRESHOLD);
        assertEquals(Set.of(), links(out));
    }

    @Test
    void withNothingLeftAloneOnOneSideThereIsNothingToLink() {
        SeedPair p = SeedPair.of("syrian-observer.en", "sana.en");
        List<Bead> onlyReport = alone(20, 0);
        assertSame(onlyReport, MoveFinder.linkMoved(onlyReport, p.fa(), p.fb(), p.scorer(), THRESHOLD));
    }
}
