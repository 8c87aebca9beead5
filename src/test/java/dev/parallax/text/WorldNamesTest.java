package dev.parallax.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Weekdays, months, countries and their adjectives, in the wording of the seed story's outlets. */
class WorldNamesTest {

    private static List<String> concepts(String language, String text) {
        return WorldNames.of(language).concepts(Tokenizer.tokenize(text));
    }

    @Test
    void theSameDateAndCountriesInEnglishArabicAndPersian() {
        List<String> en = concepts("en", "On Tuesday, Syrian President Bashar al-Assad met Iranian officials in October.");
        List<String> ar = concepts("ar", "التقى الرئيس السوري بشار الأسد يوم الثلاثاء مسؤولين إيرانيين في تشرين الأول");
        List<String> fa = concepts("fa", "روز سه‌شنبه بشار اسد رئیس‌جمهور سوریه در اکتبر با مقامات ایرانی دیدار کرد");
        for (List<String> c : List.of(en, ar, fa)) {
            assertTrue(c.containsAll(List.of("d:3", "k:SY", "k:IR", "m:10")), c.toString());
        }
    }

    @Test
    void multiWordNamesAreReadWhole() {
        assertEquals(List.of("k:US", "k:CN"), concepts("ar", "الولايات المتحدة والصين"));
        assertEquals(List.of("k:US"), concepts("fa", "ایالات متحده"));
        assertEquals(List.of("k:GB"), concepts("en", "the United Kingdom"));
    }

    @Test
    void wordsThatOnlyLookLikeNamesAreLeftAlone() {
        // "may" and "march" are verbs unless capitalised; أحد is "one", الأحد is Sunday
        assertEquals(List.of(), concepts("en", "they may march on"));
        assertEquals(List.of("m:5"), concepts("en", "in May"));
        assertEquals(List.of(), concepts("ar", "قال أحد المسؤولين"));
        assertEquals(List.of("d:1"), concepts("ar", "يوم الأحد"));
    }

    @Test
    void anUnknownLanguageHasNoNames() {
        assertTrue(WorldNames.of(null).isEmpty());
        assertEquals(List.of(), concepts(null, "Syria"));
    }
}
