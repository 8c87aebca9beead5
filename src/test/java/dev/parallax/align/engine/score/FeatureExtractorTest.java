package dev.parallax.align.engine.score;

import dev.parallax.align.engine.support.SeedPair;
import dev.parallax.text.SentenceSplitter;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The keys two versions are compared by, on the seed story in English, Arabic and Persian. */
class FeatureExtractorTest {

    private static Set<Integer> keysOf(List<UnitFeatures> units) {
        Set<Integer> keys = new HashSet<>();
        units.forEach(u -> Arrays.stream(u.keys()).forEach(keys::add));
        return keys;
    }

    @Test
    void aVerbatimQuoteHasTheSameKeysAsItsSource() {
        SeedPair p = SeedPair.of("syrian-observer.en", "sana.en");
        assertEquals(PairMode.SAME_LANGUAGE, p.mode());
        assertEquals(p.a().paragraphs().get(8), p.b().paragraphs().get(0), "the report quotes SANA word for word");
        assertEquals(1.0, p.similarity(8, 0), 1e-9);
        assertTrue(p.similarity(3, 0) < 0.5, "the report's own paragraph is another text");
    }

    @Test
    void acrossScriptsOnlyKeysBothVersionsHoldAreKept() {
        SeedPair p = SeedPair.of("syrian-observer.en", "sana.ar");
        assertEquals(PairMode.CROSS_SCRIPT, p.mode());
        Set<Integer> a = keysOf(p.fa()), b = keysOf(p.fb());
        assertEquals(a, b, "a key on one side only could never match, so it is dropped");
        assertTrue(p.fa().get(8).keys().length > 0, "names and numbers of the quote reach across the scripts");
        assertTrue(p.similarity(8, 0) > p.similarity(3, 0));
    }

    @Test
    void eachUnitCarriesItsLengthWordsAndSentences() {
        SeedPair p = SeedPair.of("sana.ar", "nournews.fa");
        assertEquals(PairMode.SAME_SCRIPT, p.mode());
        for (int i = 0; i < p.a().size(); i++) {
            String text = p.a().paragraphs().get(i);
            UnitFeatures f = p.fa().get(i);
            assertEquals(SentenceSplitter.split(text, "ar").size(), f.sentences());
            assertEquals(FeatureExtractor.lengthOf(text), f.chars());
            assertTrue(!f.words().isEmpty(), "Arabic words are read: ¶" + i);
        }
        int[] sorted = p.fa().get(0).keys().clone();
        Arrays.sort(sorted);
        assertTrue(Arrays.equals(sorted, p.fa().get(0).keys()), "keys are kept sorted for the merge-based similarity");
    }
}
