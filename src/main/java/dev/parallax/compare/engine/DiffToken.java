package dev.parallax.compare.engine;

import dev.parallax.text.ScriptFolding;

/**
 * One token of a cell as the diff sees it: {@code text} is compared exactly, {@code space} is the
 * whitespace that follows it (so the tokens of a text concatenate back to the text), {@code key} is the
 * folded form the flag rules read (lower case, ASCII digits, unified Arabic/Persian letters, no ZWNJ).
 */
public record DiffToken(String text, String space, Kind kind, String key, boolean capitalised, boolean sentenceInitial) {

    public enum Kind {
        WORD,
        /** An Arabic proclitic split off its word: و ف ب ك ل and the article ال. */
        CLITIC,
        NUMBER,
        PUNCT,
        /** Leading whitespace of a text, carried by an empty token. */
        SPACE
    }

    public boolean isWord() {
        return kind == Kind.WORD;
    }

    public boolean isArabicScript() {
        return !key.isEmpty() && ScriptFolding.isArabicLetter(key.charAt(0));
    }

    /** Whether it counts as a token of the text (whitespace-only tokens do not). */
    public boolean counts() {
        return kind != Kind.SPACE;
    }
}
