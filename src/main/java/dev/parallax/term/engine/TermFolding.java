package dev.parallax.term.engine;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * What two spellings of one term have in common, so search and matching ignore what writers vary on:
 * case, Latin accents, Arabic harakat and tatweel, ZWNJ/ZWJ, the Arabic and Persian forms of yeh (ي ی ى ئ)
 * and kaf (ك ک), alef with hamza or madda, tāʾ marbūṭa, waw with hamza, and Arabic-Indic or Persian digits.
 * It mirrors the aligner's script folding but stays here: the termbase sits below the aligner, which uses it.
 */
public final class TermFolding {

    private TermFolding() {
    }

    /** One word, or a whole query, folded. */
    public static String fold(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            appendFolded(sb, text.charAt(i));
        }
        return sb.toString();
    }

    /** A query or term folded, with runs of non-word characters made one space: "al-Assad" and "Al Assad" agree. */
    public static String foldPhrase(String text) {
        StringBuilder sb = new StringBuilder();
        for (Token t : tokens(text)) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(t.folded());
        }
        return sb.toString();
    }

    static void appendFolded(StringBuilder sb, char c) {
        if (c == '\u200C' || c == '\u200D' || c == '\u0640' || (c >= '\u064B' && c <= '\u065F') || c == '\u0670'
                || (c >= '\u06D6' && c <= '\u06ED')) {
            return;
        }
        if (c >= '\u0660' && c <= '\u0669') {
            sb.append((char) ('0' + c - '\u0660'));
            return;
        }
        if (c >= '\u06F0' && c <= '\u06F9') {
            sb.append((char) ('0' + c - '\u06F0'));
            return;
        }
        switch (c) {
            case '\u064A', '\u06CC', '\u0649', '\u0626' -> sb.append('\u064A');
            case '\u0643', '\u06A9' -> sb.append('\u0643');
            case '\u0623', '\u0625', '\u0622', '\u0671' -> sb.append('\u0627');
            case '\u0624' -> sb.append('\u0648');
            case '\u0629', '\u06C0' -> sb.append('\u0647');
            default -> {
                if (c < 128) {
                    sb.append(Character.toLowerCase(c));
                } else if (c >= '\u00C0' && c <= '\u024F' || c >= '\u1E00' && c <= '\u1EFF') {
                    String d = Normalizer.normalize(String.valueOf(Character.toLowerCase(c)), Normalizer.Form.NFD);
                    for (int k = 0; k < d.length(); k++) {
                        if (Character.getType(d.charAt(k)) != Character.NON_SPACING_MARK) {
                            sb.append(d.charAt(k));
                        }
                    }
                } else if (Character.getType(c) == Character.NON_SPACING_MARK) {
                    // combining accents on Latin letters typed decomposed
                } else {
                    sb.append(Character.toLowerCase(c));
                }
            }
        }
    }

    /** A word of a text: where it is (UTF-16 offsets) and its folded form. */
    public record Token(int start, int end, String folded) {
    }

    /** Letters, digits and the marks and joiners inside words make words; everything else separates them. */
    public static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '\u200C' || c == '\u200D' || c == '\u0640'
                || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    /** The words of {@code text}, in order. */
    public static List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        StringBuilder sb = new StringBuilder();
        while (i < n) {
            if (!isWordChar(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            sb.setLength(0);
            while (i < n && isWordChar(text.charAt(i))) {
                appendFolded(sb, text.charAt(i));
                i++;
            }
            // a ZWNJ or mark at either end belongs to no word
            int end = i;
            while (end > start && (text.charAt(end - 1) == '\u200C' || text.charAt(end - 1) == '\u200D')) {
                end--;
            }
            if (sb.length() > 0) {
                out.add(new Token(start, end, sb.toString()));
            }
        }
        return out;
    }

    private static final String[] ARABIC_PREFIXES = {"وال", "فال", "بال", "كال", "و", "ف", "ب", "ل", "ك"};

    /**
     * The forms a folded word may have under an Arabic-script clitic: "والأسد" is also "الاسد", "للرئيس" is
     * also "الرييس" and "لرييس". The word itself first.
     */
    public static List<String> withoutClitics(String folded) {
        List<String> forms = new ArrayList<>(4);
        forms.add(folded);
        if (folded.isEmpty() || folded.charAt(0) < '\u0600' || folded.charAt(0) > '\u06FF') {
            return forms;
        }
        if (folded.startsWith("لل") && folded.length() > 4) {
            forms.add("ال" + folded.substring(2));
        }
        for (String p : ARABIC_PREFIXES) {
            if (folded.startsWith(p) && folded.length() - p.length() >= 3) {
                String rest = folded.substring(p.length());
                forms.add(p.endsWith("ال") ? "ال" + rest : rest);
                if (p.endsWith("ال")) {
                    forms.add(rest);
                }
            }
        }
        return forms;
    }
}
