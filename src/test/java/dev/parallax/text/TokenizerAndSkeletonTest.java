package dev.parallax.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Tokeniser folding and the consonant skeleton that lets a name match its transliteration. The names are
 * those of the seed story; nothing here (nor in the engine) is a list of names: the match comes from the
 * letter classes alone.
 */
class TokenizerAndSkeletonTest {

    /** The comparison key the feature extractor gives a word across scripts. */
    private static String key(String word) {
        List<Token> t = Tokenizer.tokenize(word);
        assertEquals(1, t.size(), "one token for " + word);
        String folded = t.get(0).folded();
        String skeleton = t.get(0).isArabicScript() ? ConsonantSkeleton.ofArabicScript(folded)
                : ConsonantSkeleton.ofLatin(folded);
        return ConsonantSkeleton.prefixKey(skeleton);
    }

    private static void sameName(String... spellings) {
        String k = key(spellings[0]);
        for (String s : spellings) {
            assertEquals(k, key(s), s + " vs " + spellings[0]);
        }
    }

    @Test
    void assadWithAndWithoutTheArticle() {
        sameName("Assad", "الأسد", "اسد", "والأسد", "al-Assad".substring(3));
        // "al-Assad" splits off the Latin article: the name is its own token
        List<Token> t = Tokenizer.tokenize("al-Assad");
        assertEquals("assad", t.get(t.size() - 1).folded());
    }

    @Test
    void khameneiInArabicAndPersianSpelling() {
        sameName("Khamenei", "خامنئي", "خامنه‌ای");
    }

    @Test
    void raisiInArabicAndPersianSpelling() {
        sameName("Raisi", "رئيسي", "رئیسی");
    }

    @Test
    void tehranWithTaOrTa() {
        sameName("Tehran", "طهران", "تهران");
    }

    @Test
    void damascus() {
        sameName("Damascus", "دمشق");
    }

    @Test
    void differentNamesStayApart() {
        assertNotEquals(key("Tehran"), key("Damascus"));
        assertNotEquals(key("Assad"), key("Raisi"));
        assertNotEquals(key("Khamenei"), key("Soleimani"));
    }

    @Test
    void digitsOfEveryScriptAndGroupingFoldToTheSameNumber() {
        assertEquals("832", Tokenizer.tokenize("832").get(0).folded());
        assertEquals("832", Tokenizer.tokenize("٨٣٢").get(0).folded());
        assertEquals("832", Tokenizer.tokenize("۸۳۲").get(0).folded());
        assertEquals("380000", Tokenizer.tokenize("380,000").get(0).folded());
        assertEquals(Token.Kind.NUMBER, Tokenizer.tokenize("2022").get(0).kind());
    }

    @Test
    void persianAndArabicLetterVariantsFold() {
        // ی/ي and ک/ك are one letter; ZWNJ and harakat vanish
        assertEquals(ScriptFolding.fold("رئيسي"), ScriptFolding.fold("رئیسی"));
        assertEquals(ScriptFolding.fold("كرد"), ScriptFolding.fold("کرد"));
        assertEquals(ScriptFolding.fold("خامنهای"), ScriptFolding.fold("خامنه‌ای"));
        assertEquals(ScriptFolding.fold("سورية"), ScriptFolding.fold("سوريه"));
        assertEquals("gefahrte", ScriptFolding.fold("Gefährte"));
    }

    @Test
    void arabicCliticsAreStripped() {
        assertEquals("اسد", Tokenizer.stripArabicClitics(ScriptFolding.fold("والأسد")));
        assertEquals("تعاون", Tokenizer.stripArabicClitics(ScriptFolding.fold("بالتعاون")));
        assertEquals("دول", Tokenizer.stripArabicClitics(ScriptFolding.fold("للدول")));
    }
}
