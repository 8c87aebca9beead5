package dev.parallax.compare.engine;

import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.parallax.compare.engine.FlagRulesTest.REPORT_1;
import static dev.parallax.compare.engine.FlagRulesTest.flags;
import static dev.parallax.compare.engine.FlagRulesTest.replace;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Flags an editor reads once and in plain words: days are numbers not names, number words are numbers, messages have no stray commas. */
class FlagWordingTest {

    static List<Flag> all(String base, String baseLang, String other, String otherLang) {
        return FlagRulesTest.COMPARER.compare(base, baseLang, other, otherLang).flags();
    }

    @Test
    void sundayToMondayIsOneDayFlagAndNoNameFlag() {
        String monday = replace(REPORT_1, "on Sunday morning", "on Monday morning");
        List<Flag> flags = all(REPORT_1, "en", monday, "en");
        assertEquals(List.of(new Flag(Flag.Type.NUMBER, "Sunday", "Monday", "Day differs: Sunday in the base, Monday here")),
                flags.stream().filter(f -> f.type() == Flag.Type.NUMBER || f.type() == Flag.Type.NAME).toList(), flags.toString());
    }

    @Test
    void threeDayAgainstTwoDayIsANumberThatDiffers() {
        String three = replace(REPORT_1, "an unannounced visit", "an unannounced three-day visit");
        String two = replace(REPORT_1, "an unannounced visit", "an unannounced two-day visit");
        List<Flag> flags = flags(three, "en", two, "en", Flag.Type.NUMBER);
        assertEquals(List.of(new Flag(Flag.Type.NUMBER, "three", "two", "Number differs: three in the base, two here")), flags);
        assertEquals(List.of(), flags(three, "en", replace(REPORT_1, "an unannounced visit", "an unannounced 3-day visit"), "en",
                Flag.Type.NUMBER), "three = 3");
    }

    @Test
    void numberWordsCountAcrossEnglishArabicAndPersian() {
        String en = "Assad's three-day visit to Tehran ended on Sunday.";
        String ar = "انتهت زيارة الأسد إلى طهران التي استمرت ثلاثة أيام يوم الأحد.";
        String fa = "سفر سه روزه اسد به تهران یکشنبه به پایان رسید.";
        assertEquals(List.of(), flags(en, "en", ar, "ar", Flag.Type.NUMBER));
        assertEquals(List.of(), flags(en, "en", fa, "fa", Flag.Type.NUMBER));
        List<Flag> two = flags(en, "en", fa.replace("سه روزه", "دو روزه"), "fa", Flag.Type.NUMBER);
        assertEquals(1, two.size(), two.toString());
        assertEquals("Number differs: three in the base, دو here", two.get(0).message());
        // سه شنبه, Tuesday written with a space, is no "three"
        assertTrue(flags("He arrived on Tuesday.", "en", "او سه شنبه رسید.", "fa", Flag.Type.NUMBER).stream()
                .noneMatch(f -> f.message().contains("Number")), "Tuesday is not three");
    }

    @Test
    void nameMessagesHaveNoStrayPunctuation() {
        assertEquals("officials said", NameRule.shown(", officials said"));
        assertEquals("Ali Khamenei", NameRule.shown(" Ali Khamenei, "));
        assertEquals("“the Leader”", NameRule.shown("“the Leader”,"));
        String other = replace(REPORT_1, "met with Supreme Leader Ayatollah Ali Khamenei and President Ebrahim Raisi",
                "met, officials said, with Khamenei and Raisi");
        List<Flag> flags = flags(REPORT_1, "en", other, "en", Flag.Type.NAME);
        assertFalse(flags.isEmpty());
        for (Flag f : flags) {
            assertFalse(f.message().contains(", ,") || f.message().contains(": ,") || f.message().contains(",  "), f.message());
        }
    }
}
