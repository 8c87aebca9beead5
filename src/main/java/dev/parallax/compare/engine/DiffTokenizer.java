package dev.parallax.compare.engine;

import dev.parallax.text.ScriptFolding;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a cell's text into the tokens the diff compares, losing nothing: every character belongs to a
 * token or to the whitespace after one, so concatenating {@code text + space} of all tokens gives the
 * input back exactly.
 *
 * <p>Per language: punctuation marks are tokens of their own (a changed comma is not a changed word);
 * hyphens separate, so "al-Assad" is "al", "-", "Assad" and an added article shows as such; Arabic
 * proclitics (و ف, ب ك ل before the article, and ال) are split off their word, so "الأسد" / "والأسد"
 * differ by one inserted "و"; Persian words keep their zero-width non-joiners (رئیس‌جمهور is one word,
 * the ZWNJ is not a space); numbers keep their group and decimal separators ("2,000", "٢٫٥").
 */
public final class DiffTokenizer {

    private DiffTokenizer() {
    }

    public static List<DiffToken> tokenize(String text) {
        List<DiffToken> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        if (n > 0 && isSpace(text.charAt(0))) {
            int j = skipSpace(text, 0);
            out.add(new DiffToken("", text.substring(0, j), DiffToken.Kind.SPACE, "", false, true));
            i = j;
        }
        boolean sentenceStart = true;
        while (i < n) {
            char c = text.charAt(i);
            int start = out.size();
            int j;
            if (ScriptFolding.digitValue(c) >= 0) {
                j = numberEnd(text, i);
                String surface = text.substring(i, j);
                out.add(new DiffToken(surface, "", DiffToken.Kind.NUMBER, numberKey(surface), false, sentenceStart));
                sentenceStart = false;
            } else if (Character.isLetter(c) || ScriptFolding.isArabicMark(c)) {
                j = wordEnd(text, i);
                word(text.substring(i, j), sentenceStart, out);
                sentenceStart = false;
            } else {
                j = i + Character.charCount(text.codePointAt(i));
                String surface = text.substring(i, j);
                out.add(new DiffToken(surface, "", DiffToken.Kind.PUNCT, surface, false, sentenceStart));
                if (c == '.' || c == '!' || c == '?' || c == '\u061F' || c == '\u06D4') {
                    sentenceStart = true;
                }
            }
            int k = skipSpace(text, j);
            if (k > j) {
                DiffToken last = out.get(out.size() - 1);
                String space = text.substring(j, k);
                out.set(out.size() - 1, new DiffToken(last.text(), space, last.kind(), last.key(), last.capitalised(), last.sentenceInitial()));
                if (space.indexOf('\n') >= 0) {
                    sentenceStart = true; // a new paragraph of a multi-paragraph cell
                }
            }
            if (out.size() == start) {
                throw new IllegalStateException("no token at " + i);
            }
            i = k;
        }
        return out;
    }

    /** The text back from tokens (what the reconstruction tests check). */
    public static String join(List<DiffToken> tokens) {
        StringBuilder sb = new StringBuilder();
        for (DiffToken t : tokens) {
            sb.append(t.text()).append(t.space());
        }
        return sb.toString();
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static int skipSpace(String text, int i) {
        while (i < text.length() && isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int numberEnd(String text, int i) {
        int n = text.length();
        int j = i;
        while (j < n) {
            char d = text.charAt(j);
            if (ScriptFolding.digitValue(d) >= 0) {
                j++;
            } else if ((d == ',' || d == '.' || d == '\u066C' || d == '\u066B') && j + 1 < n
                    && ScriptFolding.digitValue(text.charAt(j + 1)) >= 0) {
                j++;
            } else {
                break;
            }
        }
        return j;
    }

    /**
     * The value of a number as digits: "2,000" and "٢٠٠٠" give "2000", "2.5" and "٢٫٥" give "2.5". A
     * separator followed by exactly three digits groups; any other separates decimals.
     */
    static String numberKey(String surface) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < surface.length(); k++) {
            char c = surface.charAt(k);
            int d = ScriptFolding.digitValue(c);
            if (d >= 0) {
                sb.append((char) ('0' + d));
            } else {
                int digitsAfter = 0;
                while (k + 1 + digitsAfter < surface.length() && ScriptFolding.digitValue(surface.charAt(k + 1 + digitsAfter)) >= 0) {
                    digitsAfter++;
                }
                if (digitsAfter != 3 || c == '\u066B') {
                    sb.append('.');
                }
            }
        }
        return sb.toString();
    }

    private static int wordEnd(String text, int i) {
        int n = text.length();
        int j = i;
        while (j < n) {
            char d = text.charAt(j);
            if (Character.isLetter(d) || ScriptFolding.isArabicMark(d) || d == '\u200C' || d == '\u200D'
                    || Character.getType(d) == Character.NON_SPACING_MARK) {
                j++;
            } else if ((d == '\'' || d == '\u2019') && j > i && j + 1 < n && Character.isLetter(text.charAt(j + 1))) {
                j++; // "don't", "Iran’s"
            } else {
                break;
            }
        }
        // a trailing ZWNJ belongs to no word
        while (j > i + 1 && (text.charAt(j - 1) == '\u200C' || text.charAt(j - 1) == '\u200D')) {
            j--;
        }
        return j;
    }

    private static void word(String surface, boolean sentenceStart, List<DiffToken> out) {
        boolean capital = Character.isUpperCase(surface.charAt(0));
        String folded = ScriptFolding.fold(surface);
        if (!folded.isEmpty() && ScriptFolding.isArabicLetter(folded.charAt(0))) {
            int cut = 0;
            for (int len : cliticLengths(surface)) {
                String part = surface.substring(cut, cut + len);
                out.add(new DiffToken(part, "", DiffToken.Kind.CLITIC, ScriptFolding.fold(part), false, sentenceStart && cut == 0));
                cut += len;
            }
            String stem = surface.substring(cut);
            out.add(new DiffToken(stem, "", DiffToken.Kind.WORD, ScriptFolding.fold(stem), false, sentenceStart && cut == 0));
            return;
        }
        out.add(new DiffToken(surface, "", DiffToken.Kind.WORD, folded, capital, sentenceStart));
    }

    /**
     * The surface lengths of the proclitics at the start of an Arabic-script word, in order. Only
     * unambiguous ones: the article ال (stem of two letters or more left), a preposition ب ك ل before it
     * (لل counts as ل + article), and the conjunction و/ف before either. A bare و or ف before another
     * letter is left alone: it is as often the word's first root letter (وزير, فرنسا).
     */
    static List<Integer> cliticLengths(String surface) {
        // letter positions, marks attached to the letter before them
        List<Integer> starts = new ArrayList<>();
        StringBuilder letters = new StringBuilder();
        for (int k = 0; k < surface.length(); k++) {
            char c = surface.charAt(k);
            if (!ScriptFolding.isArabicMark(c) && Character.getType(c) != Character.NON_SPACING_MARK) {
                starts.add(k);
                letters.append(c);
            }
        }
        starts.add(surface.length());
        String s = letters.toString();
        if (s.startsWith("الله") || s.startsWith("لله") || s.startsWith("والله") || s.startsWith("بالله")) {
            return List.of(); // the name of God is one word
        }
        List<Integer> cuts = new ArrayList<>(); // letter counts of each clitic
        int at = 0;
        if (s.length() >= at + 5 && (s.charAt(0) == 'و' || s.charAt(0) == 'ف')
                && (s.startsWith("ال", 1) || s.startsWith("لل", 1) || ((s.charAt(1) == 'ب' || s.charAt(1) == 'ك') && s.startsWith("ال", 2)))) {
            cuts.add(1);
            at = 1;
        }
        if (s.length() >= at + 5 && s.startsWith("لل", at)) {
            cuts.add(1);
            cuts.add(1);
            at += 2;
        } else {
            if (s.length() >= at + 5 && (s.charAt(at) == 'ب' || s.charAt(at) == 'ك' || s.charAt(at) == 'ل') && s.startsWith("ال", at + 1)) {
                cuts.add(1);
                at += 1;
            }
            if (s.length() >= at + 4 && s.startsWith("ال", at)) {
                cuts.add(2);
                at += 2;
            }
        }
        List<Integer> lengths = new ArrayList<>();
        int letter = 0;
        for (int count : cuts) {
            lengths.add(starts.get(letter + count) - starts.get(letter));
            letter += count;
        }
        return lengths;
    }
}
