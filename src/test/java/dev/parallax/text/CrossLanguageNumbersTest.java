package dev.parallax.text;

import dev.parallax.align.engine.score.FeatureExtractor;
import dev.parallax.align.engine.score.LearntLexicon;
import dev.parallax.align.engine.score.PairMode;
import dev.parallax.align.engine.score.UnitFeatures;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Number words and Solar Hijri / Islamic dates as keys English, Arabic and Persian texts share. */
class CrossLanguageNumbersTest {

    @Test
    void solarHijriBahman1397IsFebruary2019() {
        List<String> keys = CrossLanguageNumbers.dateKeys(Tokenizer.tokenize("در بهمن ۱۳۹۷ به تهران سفر کرد"));
        assertTrue(keys.contains("m:2") && keys.contains("n:2019"), keys.toString());
        // Farvardin 1401 begins on 21 March 2022
        assertEquals(List.of("m:3", "n:2022", "m:4"), CrossLanguageNumbers.dateKeys(Tokenizer.tokenize("فروردین ۱۴۰۱")));
    }

    @Test
    void islamicRamadan1443IsApril2022() {
        List<String> keys = CrossLanguageNumbers.dateKeys(Tokenizer.tokenize("في شهر رمضان 1443 هـ"));
        assertTrue(keys.contains("m:4") && keys.contains("n:2022"), keys.toString());
        List<String> twoWords = CrossLanguageNumbers.dateKeys(Tokenizer.tokenize("ربيع الأول ١٤٤٤"));
        assertTrue(twoWords.contains("m:9") && twoWords.contains("n:2022"), twoWords.toString());
    }

    @Test
    void aMonthWithoutAYearSaysNothing() {
        assertEquals(List.of(), CrossLanguageNumbers.dateKeys(Tokenizer.tokenize("ماه بهمن سرد است")));
    }

    @Test
    void numberWordsInEnglishArabicAndPersian() {
        assertEquals("3", CrossLanguageNumbers.numberWord(word("three")));
        assertEquals("3", CrossLanguageNumbers.numberWord(word("ثلاثة")));
        assertEquals("3", CrossLanguageNumbers.numberWord(word("سه")));
        assertEquals("3", Tokenizer.tokenize("a three-day visit").stream().map(CrossLanguageNumbers::numberWord)
                .filter(java.util.Objects::nonNull).findFirst().orElse(null));
        assertNull(CrossLanguageNumbers.numberWord(word("visit")));
        assertNull(CrossLanguageNumbers.numberWord(word("نه")), "'no' in Persian: too ambiguous");
    }

    @Test
    void anEnglishAndAPersianParagraphShareTheirDateAndNumberKeys() {
        List<String> en = List.of("In February 2019 Assad paid a three-day visit to Tehran.");
        List<String> fa = List.of("اسد در بهمن ۱۳۹۷ سفری سه روزه به تهران داشت.");
        FeatureExtractor extractor = new FeatureExtractor(PairMode.of("en", "fa", false, true), "en", "fa");
        List<List<UnitFeatures>> f = extractor.extract(en, FeatureExtractor.tokenize(en), fa, FeatureExtractor.tokenize(fa), LearntLexicon.EMPTY);
        int[] a = f.get(0).get(0).keys(), b = f.get(1).get(0).keys();
        long shared = java.util.Arrays.stream(a).filter(k -> java.util.Arrays.stream(b).anyMatch(x -> x == k)).count();
        assertTrue(shared >= 3, "February, 2019 and three are shared: " + shared + " keys");
    }

    private static Token word(String w) {
        return Tokenizer.tokenize(w).get(0);
    }
}
