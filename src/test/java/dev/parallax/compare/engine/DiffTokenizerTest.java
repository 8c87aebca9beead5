package dev.parallax.compare.engine;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The tokens the diff compares, on words of the seed story. */
class DiffTokenizerTest {

    static List<String> texts(String s) {
        return DiffTokenizer.tokenize(s).stream().map(DiffToken::text).toList();
    }

    @Test
    void punctuationAndTheLatinArticleStandApart() {
        assertEquals(List.of("President", "al", "-", "Assad", "paid", "a", "“", "work", "visit", "”", "to", "Tehran", "."),
                texts("President al-Assad paid a “work visit” to Tehran."));
        assertEquals(List.of("Iran’s", "Supreme", "National", "Security", "Council", "(", "SNSC", ")"),
                texts("Iran’s Supreme National Security Council (SNSC)"));
    }

    @Test
    void arabicProcliticsAreTokensOfTheirOwn() {
        // والرئيس الإيراني: "and the president the Iranian"
        assertEquals(List.of("و", "ال", "رئيس", "ال", "إيراني"), texts("والرئيس الإيراني"));
        assertEquals(List.of("ل", "ل", "إضرار", "بدول"), texts("للإضرار بدول"), "ب without the article is left alone");
        assertEquals(List.of("وزيارة"), texts("وزيارة"), "a bare و may be a root letter: left alone");
        assertEquals(List.of("آية", "الله"), texts("آية الله"));
    }

    @Test
    void persianZeroWidthNonJoinerStaysInsideTheWord() {
        assertEquals(List.of("رئیس‌جمهور", "سوریه", "،", "آیت‌الله", "علی", "خامنه‌ای"), texts("رئیس‌جمهور سوریه، آیت‌الله علی خامنه‌ای"));
        DiffToken khamenei = DiffTokenizer.tokenize("خامنه‌ای").get(0);
        assertEquals("خامنهاي", khamenei.key(), "the comparison key drops the ZWNJ and unifies ی");
    }

    @Test
    void numbersInAnyScriptHaveOneValue() {
        assertEquals("2019", DiffTokenizer.tokenize("۲۰۱۹").get(0).key());
        assertEquals("2019", DiffTokenizer.tokenize("٢٠١٩").get(0).key());
        assertEquals("2000", DiffTokenizer.tokenize("2,000").get(0).key());
        assertEquals("2.5", DiffTokenizer.tokenize("٢٫٥").get(0).key());
        assertEquals(List.of("2011", "."), texts("2011."));
    }
}
