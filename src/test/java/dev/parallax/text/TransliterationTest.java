package dev.parallax.text;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** Arabic and Persian names through ICU4J meet their English spelling as consonant skeletons. */
class TransliterationTest {

    private static String key(String arabicScript) {
        return ConsonantSkeleton.prefixKey(Transliteration.skeletonOfArabicScript(ScriptFolding.fold(arabicScript)));
    }

    private static String latin(String name) {
        return ConsonantSkeleton.prefixKey(ConsonantSkeleton.ofLatin(ScriptFolding.fold(name)));
    }

    @Test
    void arabicAndPersianSpellingsOfANameMeetItsEnglishSpelling() {
        assertEquals(latin("Khamenei"), key("خامنئي"));
        assertEquals(latin("Khamenei"), key("خامنه‌ای"));
        assertEquals(latin("Raisi"), key("رئيسي"));
        assertEquals(latin("Raisi"), key("رئیسی"));
        assertEquals(latin("Tehran"), key("طهران"));
        assertEquals(latin("Tehran"), key("تهران"));
        assertEquals(latin("Pezeshkian"), key("پزشکیان"));
        assertEquals(latin("Johnson"), key("جونسون"));
        assertEquals(latin("Washington"), key("واشنگتن")); // Persian keeps the g; Arabic واشنطن has none
    }

    @Test
    void urduLettersTheHandWrittenTableDroppedAreRead() {
        // Urdu ٹ (retroflex t): "ٹرمپ" is Trump; the hand-written table knew no ٹ and read "rmb"
        assertEquals(latin("Trump"), key("ٹرمپ"));
        assertNotEquals(latin("Trump"), ConsonantSkeleton.prefixKey(ConsonantSkeleton.ofArabicScript(ScriptFolding.fold("ٹرمپ"))));
        assertNotEquals(latin("Putin"), key("ماكرون"));
    }
}
