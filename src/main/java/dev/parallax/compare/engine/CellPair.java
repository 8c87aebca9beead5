package dev.parallax.compare.engine;

import java.util.List;
import java.util.Locale;

/** Two cells of one row, tokenised and diffed: what every {@link FlagRule} reads. */
public final class CellPair {

    private final String baseText;
    private final String otherText;
    private final String baseLanguage;
    private final String otherLanguage;
    private final TokenDiff diff;

    public CellPair(String baseText, String baseLanguage, String otherText, String otherLanguage) {
        this.baseText = baseText;
        this.otherText = otherText;
        this.baseLanguage = primary(baseLanguage);
        this.otherLanguage = primary(otherLanguage);
        this.diff = TokenDiff.of(DiffTokenizer.tokenize(baseText), DiffTokenizer.tokenize(otherText));
    }

    static String primary(String tag) {
        if (tag == null) {
            return "";
        }
        int dash = tag.indexOf('-');
        return (dash < 0 ? tag : tag.substring(0, dash)).toLowerCase(Locale.ROOT);
    }

    public String baseText() {
        return baseText;
    }

    public String otherText() {
        return otherText;
    }

    /** Primary language subtag of the base ("en" for "en-GB"). */
    public String baseLanguage() {
        return baseLanguage;
    }

    public String otherLanguage() {
        return otherLanguage;
    }

    /** Same primary language: a word diff means something, and the language's word lists apply. */
    public boolean sameLanguage() {
        return baseLanguage.equals(otherLanguage);
    }

    public TokenDiff diff() {
        return diff;
    }

    public List<DiffToken> base() {
        return diff.base();
    }

    public List<DiffToken> other() {
        return diff.other();
    }

    /** The text of tokens [from, to), without the whitespace after the last. */
    public static String slice(List<DiffToken> tokens, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int k = from; k < to; k++) {
            sb.append(tokens.get(k).text());
            if (k + 1 < to) {
                sb.append(tokens.get(k).space());
            }
        }
        return sb.toString().strip();
    }

    /** The tokens' texts without whitespace and punctuation: two quotations "say the same" when these are equal. */
    static List<String> primaryWords(String text) {
        return DiffTokenizer.tokenize(text).stream()
                .filter(t -> t.kind() != DiffToken.Kind.PUNCT && t.kind() != DiffToken.Kind.SPACE)
                .map(DiffToken::text).toList();
    }
}
