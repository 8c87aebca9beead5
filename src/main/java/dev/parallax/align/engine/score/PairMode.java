package dev.parallax.align.engine.score;

/** How much two versions' words can be compared directly; decides which features are extracted. */
public enum PairMode {
    /** Same language: every word can match itself. */
    SAME_LANGUAGE,
    /** Different languages in one script (de–fr, ar–fa): names, cognates and shared loanwords match. */
    SAME_SCRIPT,
    /** Different scripts (en–ar): only numbers, punctuation and transliterated names match. */
    CROSS_SCRIPT;

    public static PairMode of(String langA, String langB, boolean scriptA, boolean scriptB) {
        if (langA != null && langA.equalsIgnoreCase(langB)) {
            return SAME_LANGUAGE;
        }
        return scriptA == scriptB ? SAME_SCRIPT : CROSS_SCRIPT;
    }
}
