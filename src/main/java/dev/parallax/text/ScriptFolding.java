package dev.parallax.text;

/**
 * Folds the spelling variants that differ between writers but not in meaning, so that tokens compare
 * equal: Arabic-Indic (٠-٩) and Persian (۰-۹) digits become ASCII, Arabic and Persian letter variants
 * (ي/ی/ى, ك/ک, hamza seats, tāʾ marbūṭa) become one letter, tatweel, harakat and ZWNJ disappear, and
 * Latin letters lose case and accents (so de "Gefährte" and fr "géographie" compare on bare letters).
 */
public final class ScriptFolding {

    private ScriptFolding() {
    }

    /** The ASCII digit for any decimal digit (ASCII, Arabic-Indic, extended Persian), or -1. */
    public static int digitValue(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= '\u0660' && c <= '\u0669') {
            return c - '\u0660';
        }
        if (c >= '\u06F0' && c <= '\u06F9') {
            return c - '\u06F0';
        }
        return -1;
    }

    public static boolean isArabicLetter(char c) {
        return (c >= '\u0620' && c <= '\u064A') || (c >= '\u066E' && c <= '\u06D3') || c == '\u06D5'
                || (c >= '\u06FA' && c <= '\u06FC');
    }

    /** Harakat, shadda, superscript alef and tatweel carry no identity for matching. */
    public static boolean isArabicMark(char c) {
        return (c >= '\u064B' && c <= '\u065F') || c == '\u0670' || c == '\u0640'
                || (c >= '\u06D6' && c <= '\u06ED');
    }

    /** Folds one token: lower case, no accents, unified Arabic/Persian letters, ASCII digits. */
    public static String fold(String token) {
        StringBuilder sb = new StringBuilder(token.length());
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            int d = digitValue(c);
            if (d >= 0) {
                sb.append((char) ('0' + d));
                continue;
            }
            if (c == '\u200C' || c == '\u200D' || isArabicMark(c)) {
                continue;
            }
            sb.append(foldLetter(c));
        }
        return sb.toString();
    }

    static char foldLetter(char c) {
        switch (c) {
            case '\u064A': case '\u06CC': case '\u0649': case '\u0626': return '\u064A'; // ya variants
            case '\u0643': case '\u06A9': return '\u0643';                              // kaf variants
            case '\u0623': case '\u0625': case '\u0622': case '\u0671': return '\u0627'; // alef with hamza
            case '\u0624': return '\u0648';                                              // waw with hamza
            case '\u0629': return '\u0647';                                              // ta marbuta -> ha
            case '\u06C0': return '\u0647';
            default:
                break;
        }
        if (c < 128) {
            return Character.toLowerCase(c);
        }
        if (c >= '\u00C0' && c <= '\u024F') {
            return stripLatinAccent(Character.toLowerCase(c));
        }
        return Character.toLowerCase(c);
    }

    private static char stripLatinAccent(char c) {
        String s = java.text.Normalizer.normalize(String.valueOf(c), java.text.Normalizer.Form.NFD);
        char base = s.charAt(0);
        if (c == 'ß') {
            return 's';
        }
        if (c == 'æ') {
            return 'a';
        }
        if (c == 'ø' || c == 'œ') {
            return 'o';
        }
        if (c == 'þ') {
            return 't';
        }
        if (c == 'ð') {
            return 'd';
        }
        return base < 128 ? base : c;
    }
}
