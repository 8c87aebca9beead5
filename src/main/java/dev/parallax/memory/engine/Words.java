package dev.parallax.memory.engine;

import dev.parallax.text.ScriptFolding;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into words and numbers and folds each to the form memory look-up, concordance and search compare:
 * lower case, Latin accents and Arabic diacritics dropped, tatweel and ZWNJ removed, the alef, yeh, kaf, heh and
 * hamza-carrier forms of Arabic and Persian made one, and Persian and Arabic-Indic digits read as ASCII digits. So
 * "أحمد" meets "احمد", "كتاب" meets "کتاب", "می‌خواهم" meets "میخواهم" and "۱۴۰۱" meets "1401". Every word keeps
 * where it stands in the original text, for snippets, highlights and number substitution.
 */
public final class Words {

    /** One word or number: its span in the text, its folded form, and for a number its value as ASCII digits. */
    public record Word(int start, int end, String folded, String number) {
        public boolean isNumber() {
            return number != null;
        }

        /** What look-up compares: numbers all alike (they are substituted), words by their folded form. */
        public String key() {
            return number != null ? "#" : folded;
        }
    }

    private Words() {
    }

    public static List<Word> of(String text) {
        List<Word> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (!wordChar(c)) {
                i++;
                continue;
            }
            int start = i;
            boolean digitsOnly = true;
            while (i < n) {
                char d = text.charAt(i);
                if (wordChar(d)) {
                    if (Character.isLetter(d)) {
                        digitsOnly = false;
                    }
                    i++;
                } else if (digitsOnly && isSeparator(d) && i + 1 < n && ScriptFolding.digitValue(text.charAt(i + 1)) >= 0 && i > start) {
                    i++; // 1,000 · 3.5 · ۳٫۵ stay one number
                } else if ((d == '\'' || d == '’') && !digitsOnly && i + 1 < n && Character.isLetter(text.charAt(i + 1))) {
                    i++; // Iran's, don't
                } else {
                    break;
                }
            }
            String raw = text.substring(start, i);
            String number = digitsOnly ? numberValue(raw) : null;
            String folded = number != null ? number : fold(raw);
            if (!folded.isEmpty()) {
                out.add(new Word(start, i, folded, number));
            }
        }
        return out;
    }

    /** The folded keys of a text's words, numbers as "#". */
    public static List<String> keys(String text) {
        List<String> out = new ArrayList<>();
        for (Word w : of(text)) {
            out.add(w.key());
        }
        return out;
    }

    /** The folded words of a text, numbers by value: what phrase search compares. */
    public static List<String> folded(String text) {
        List<String> out = new ArrayList<>();
        for (Word w : of(text)) {
            out.add(w.folded());
        }
        return out;
    }

    static boolean wordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '\u200C' || c == '\u200D' || c == '\u0640'
                || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    private static boolean isSeparator(char c) {
        return c == ',' || c == '.' || c == '\u066B' || c == '\u066C' || c == '\u060C';
    }

    /** "1,000" → "1000", "۳٫۵" → "3.5"; null unless the token is made of digits. */
    static String numberValue(String raw) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            int d = ScriptFolding.digitValue(c);
            if (d >= 0) {
                b.append((char) ('0' + d));
            } else if (c == '.' || c == '\u066B') {
                b.append('.');
            } else if (c == ',' || c == '\u066C' || c == '\u060C') {
                continue;
            } else {
                return null;
            }
        }
        return b.length() == 0 ? null : b.toString();
    }

    /** Folds one word (see the class comment). */
    public static String fold(String word) {
        String s = Normalizer.normalize(word, Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK || c == '\u0640' || c == '\u200C' || c == '\u200D') {
                continue; // Latin accents, Arabic harakat, shadda, sukun, superscript alef; tatweel; ZWNJ, ZWJ
            }
            int d = ScriptFolding.digitValue(c);
            if (d >= 0) {
                b.append((char) ('0' + d));
                continue;
            }
            b.append(switch (c) {
                case 'أ', 'إ', 'آ', 'ٱ', 'ٲ', 'ٳ' -> 'ا';
                case 'ى', 'ی', 'ئ', 'ې', 'ۍ' -> 'ي';
                case 'ک', 'ڪ' -> 'ك';
                case 'ة', 'ۀ', 'ە', 'ھ' -> 'ه';
                case 'ؤ' -> 'و';
                default -> c;
            });
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }

    /** Writes an ASCII number in the digits a text uses (Persian, Arabic-Indic or ASCII). */
    public static String inDigitsOf(String asciiNumber, String original) {
        char zero = '0';
        for (int i = 0; i < original.length(); i++) {
            char c = original.charAt(i);
            if (c >= '\u0660' && c <= '\u0669') {
                zero = '\u0660';
                break;
            }
            if (c >= '\u06F0' && c <= '\u06F9') {
                zero = '\u06F0';
                break;
            }
            if (c >= '0' && c <= '9') {
                break;
            }
        }
        if (zero == '0') {
            return asciiNumber;
        }
        StringBuilder b = new StringBuilder();
        for (char c : asciiNumber.toCharArray()) {
            b.append(c >= '0' && c <= '9' ? (char) (zero + (c - '0')) : c == '.' ? '\u066B' : c);
        }
        return b.toString();
    }
}
