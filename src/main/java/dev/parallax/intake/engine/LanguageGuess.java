package dev.parallax.intake.engine;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells the language of an article's text when its page does not say: Arabic script is Persian when
 * the letters only Persian uses (پ چ ژ گ, Persian ک and ی) outnumber those only Arabic uses (ة, Arabic
 * ي and ك), else Arabic; Latin script is English when English function words are common. Anything else
 * stays unknown (null), and the user names the language.
 */
public final class LanguageGuess {

    private static final Set<String> ENGLISH = Set.of("the", "of", "and", "to", "in", "a", "is", "that", "for", "on", "was",
            "with", "he", "it", "as", "said", "by", "at", "from", "his", "has", "have", "be", "are", "were", "an", "this");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    private LanguageGuess() {
    }

    public static String guess(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        int arabicScript = 0;
        int latin = 0;
        int persianOnly = 0;
        int arabicOnly = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            if (script == Character.UnicodeScript.ARABIC) {
                arabicScript++;
                switch (c) {
                    case '\u067E', '\u0686', '\u0698', '\u06AF', '\u06A9', '\u06CC', '\u06F0', '\u06F1', '\u06F2', '\u06F3',
                         '\u06F4', '\u06F5', '\u06F6', '\u06F7', '\u06F8', '\u06F9' -> persianOnly++;
                    case '\u0629', '\u064A', '\u0643', '\u0649' -> arabicOnly++;
                    default -> { }
                }
            } else if (script == Character.UnicodeScript.LATIN) {
                latin++;
            }
        }
        if (arabicScript > latin) {
            return persianOnly > arabicOnly ? "fa" : "ar";
        }
        if (latin == 0) {
            return null;
        }
        int words = 0;
        int english = 0;
        Matcher m = WORD.matcher(text);
        while (m.find() && words < 2000) {
            words++;
            if (ENGLISH.contains(m.group().toLowerCase(Locale.ROOT))) {
                english++;
            }
        }
        // English prose runs at 30–40 % function words of this list; 15 % leaves room for headlines and lists
        return words >= 5 && english * 100 >= words * 15 ? "en" : null;
    }
}
