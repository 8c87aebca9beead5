package dev.parallax.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into words, numbers and the punctuation marks that survive translation (? ! : ; quotes,
 * parentheses, %). Numbers keep their digits only ("2,000" and "٢٠٠٠" both give "2000") because
 * digit grouping differs between languages. Arabic-script words lose their clitic prefixes
 * (و ف ب ل ك) and the article ال, which is how the same word appears with and without them.
 */
public final class Tokenizer {

    private Tokenizer() {
    }

    public static List<Token> tokenize(String text) {
        List<Token> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        boolean sentenceStart = true;
        while (i < n) {
            char c = text.charAt(i);
            if (ScriptFolding.digitValue(c) >= 0) {
                StringBuilder digits = new StringBuilder();
                int j = i;
                while (j < n) {
                    char d = text.charAt(j);
                    int v = ScriptFolding.digitValue(d);
                    if (v >= 0) {
                        digits.append((char) ('0' + v));
                        j++;
                    } else if ((d == ',' || d == '.' || d == '\u066C' || d == '\u066B' || d == '\'' || d == '\u202F')
                            && j + 1 < n && ScriptFolding.digitValue(text.charAt(j + 1)) >= 0) {
                        j++;
                    } else {
                        break;
                    }
                }
                out.add(new Token(text.substring(i, j), digits.toString(), Token.Kind.NUMBER, false, sentenceStart));
                sentenceStart = false;
                i = j;
            } else if (Character.isLetter(c) || ScriptFolding.isArabicMark(c)) {
                int j = i;
                while (j < n) {
                    char d = text.charAt(j);
                    if (Character.isLetter(d) || ScriptFolding.isArabicMark(d) || d == '\u200C'
                            || Character.getType(d) == Character.NON_SPACING_MARK) {
                        j++;
                    } else if ((d == '\'' || d == '\u2019' || d == '-') && j + 1 < n && Character.isLetter(text.charAt(j + 1))
                            && j > i && !isLatinArticle(text, i, j)) {
                        j++; // keep "don't" and "Saint-Gall" whole, but split "al-Assad"
                    } else {
                        break;
                    }
                }
                String surface = text.substring(i, j);
                Token w = word(surface, sentenceStart);
                if (!w.folded().isEmpty()) {
                    out.add(w);
                }
                sentenceStart = false;
                i = j;
            } else {
                String p = punctuation(c);
                if (p != null) {
                    out.add(new Token(String.valueOf(c), p, Token.Kind.PUNCT, false, sentenceStart));
                }
                if (c == '.' || c == '!' || c == '?' || c == '\u061F' || c == '\u06D4') {
                    sentenceStart = true;
                }
                i++;
            }
        }
        return out;
    }

    /** "al-", "el-", "ad-", "as-": Arabic articles written in Latin script. */
    private static boolean isLatinArticle(String text, int start, int hyphen) {
        if (text.charAt(hyphen) != '-' || hyphen - start != 2) {
            return false;
        }
        String a = text.substring(start, hyphen).toLowerCase(java.util.Locale.ROOT);
        return a.equals("al") || a.equals("el") || a.equals("ad") || a.equals("as") || a.equals("ar");
    }

    private static Token word(String surface, boolean sentenceStart) {
        String folded = ScriptFolding.fold(surface);
        boolean capital = Character.isUpperCase(surface.charAt(0));
        if (!folded.isEmpty() && ScriptFolding.isArabicLetter(folded.charAt(0))) {
            folded = stripArabicClitics(folded);
        }
        return new Token(surface, folded, Token.Kind.WORD, capital, sentenceStart);
    }

    /**
     * Strips one conjunction/preposition prefix and the article: والأسد → اسد, للدول → دول, بالتعاون → تعاون.
     * A prefix is only removed when at least three letters remain, so short roots are not mutilated.
     */
    public static String stripArabicClitics(String w) {
        String s = w;
        if (s.length() >= 5 && (s.startsWith("وال") || s.startsWith("بال") || s.startsWith("كال") || s.startsWith("فال"))) {
            return s.substring(3);
        }
        if (s.length() >= 4 && s.startsWith("لل")) {
            return s.substring(2);
        }
        if (s.length() >= 5 && s.startsWith("ال")) {
            return s.substring(2);
        }
        if (s.length() >= 4 && (s.charAt(0) == 'و' || s.charAt(0) == 'ف') && !s.startsWith("وا")) {
            s = s.substring(1);
            if (s.length() >= 5 && s.startsWith("ال")) {
                s = s.substring(2);
            }
            return s;
        }
        if (s.length() >= 5 && (s.charAt(0) == 'ب' || s.charAt(0) == 'ل') && s.startsWith("ال", 1)) {
            return s.substring(3);
        }
        return s;
    }

    /** The comparison form of the punctuation marks we keep, or null for marks we ignore. */
    static String punctuation(char c) {
        switch (c) {
            case '?': case '\u061F': return "?";
            case '!': return "!";
            case ':': return ":";
            case ';': case '\u061B': return ";";
            case '(': case ')': case '[': case ']': return "(";
            case '"': case '\u201C': case '\u201D': case '\u201E': case '\u00AB': case '\u00BB':
            case '\u2039': case '\u203A': return "\"";
            case '%': case '\u066A': return "%";
            default: return null;
        }
    }
}
