package dev.parallax.text;

/**
 * One token of a text unit. {@code folded} is the comparison form (see {@link ScriptFolding}); for
 * Arabic-script words it has the clitics and the article stripped as well.
 */
public record Token(String surface, String folded, Kind kind, boolean capitalised, boolean sentenceInitial) {

    public enum Kind { WORD, NUMBER, PUNCT }

    public boolean isArabicScript() {
        return !folded.isEmpty() && ScriptFolding.isArabicLetter(folded.charAt(0));
    }
}
