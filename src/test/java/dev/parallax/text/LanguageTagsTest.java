package dev.parallax.text;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LanguageTagsTest {

    @Test
    void wellFormedTagsAreCanonicalised() {
        assertEquals("en", LanguageTags.canonical("en"));
        assertEquals("en-GB", LanguageTags.canonical("en-gb"));
        assertEquals("en-GB", LanguageTags.canonical("en_GB"));
        assertEquals("fa-IR", LanguageTags.canonical(" fa-ir "));
        assertEquals("zh-Hant-TW", LanguageTags.canonical("zh-hant-tw"));
        assertEquals("prs", LanguageTags.canonical("prs"));
        assertEquals("ar-SY", LanguageTags.canonical("ar-SY"));
    }

    @Test
    void malformedOrUnknownTagsAreRefused() {
        for (String bad : new String[]{"", " ", "english", "e", "en--GB", "en-GB-!", "xx", "12", "en GB"}) {
            MalformedTextException e = assertThrows(MalformedTextException.class, () -> LanguageTags.canonical(bad), bad);
            assertEquals("Invalid language", e.error());
        }
    }

    @Test
    void arabicPersianAndArabicScriptAreRightToLeft() {
        assertTrue(LanguageTags.isRightToLeft("ar"));
        assertTrue(LanguageTags.isRightToLeft("fa-IR"));
        assertTrue(LanguageTags.isRightToLeft("ur"));
        assertTrue(LanguageTags.isRightToLeft("he"));
        assertTrue(LanguageTags.isRightToLeft("az-Arab"));
        assertFalse(LanguageTags.isRightToLeft("en"));
        assertFalse(LanguageTags.isRightToLeft("tg"));
        assertFalse(LanguageTags.isRightToLeft("az-Latn"));
        assertEquals("Persian", LanguageTags.displayName("fa"));
    }
}
