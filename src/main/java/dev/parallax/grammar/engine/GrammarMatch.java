package dev.parallax.grammar.engine;

import java.util.List;

/**
 * One issue LanguageTool found: where it is (offset and length in UTF-16 code units of the checked text,
 * as Java strings count), what it says, which rule and category raised it, and what it suggests instead.
 * {@code message} is LanguageTool's own, {@code <suggestion>} tags included.
 */
public record GrammarMatch(int offset, int length, String message, String shortMessage, String rule, String ruleDescription,
                           String category, String categoryName, List<String> replacements) {

    public GrammarMatch {
        replacements = replacements == null ? List.of() : List.copyOf(replacements);
        shortMessage = shortMessage == null ? "" : shortMessage;
    }

    public int end() {
        return offset + length;
    }

    /** The message for people: LanguageTool's {@code <suggestion>x</suggestion>} becomes “x”. */
    public String plainMessage() {
        return message == null ? "" : message.replace("<suggestion>", "“").replace("</suggestion>", "”");
    }

    /** The part of {@code text} this match covers (empty if the text no longer reaches that far). */
    public String matchedText(String text) {
        if (offset < 0 || end() > text.length()) {
            return "";
        }
        return text.substring(offset, end());
    }

    /** The first few replacements, as many as a page offers as buttons. */
    public List<String> topReplacements() {
        return replacements.size() <= 5 ? replacements : replacements.subList(0, 5);
    }

    private static final java.util.Map<String, String> ENGLISH_CATEGORIES = java.util.Map.ofEntries(
            java.util.Map.entry("TYPOS", "Possible Typo"), java.util.Map.entry("GRAMMAR", "Grammar"),
            java.util.Map.entry("PUNCTUATION", "Punctuation"), java.util.Map.entry("TYPOGRAPHY", "Typography"),
            java.util.Map.entry("CASING", "Capitalization"), java.util.Map.entry("STYLE", "Style"),
            java.util.Map.entry("REDUNDANCY", "Redundant Phrases"), java.util.Map.entry("CONFUSED_WORDS", "Commonly Confused Words"),
            java.util.Map.entry("COLLOCATIONS", "Collocations"), java.util.Map.entry("SEMANTICS", "Semantics"),
            java.util.Map.entry("MISC", "Miscellaneous"), java.util.Map.entry("COMPOUNDING", "Compounding"),
            java.util.Map.entry("REPETITIONS", "Repetitions"), java.util.Map.entry("REPETITIONS_STYLE", "Repetitions (Style)"),
            java.util.Map.entry("NONSTANDARD_PHRASES", "Nonstandard Phrases"), java.util.Map.entry("PLAIN_ENGLISH", "Plain English"),
            java.util.Map.entry("BILINGUAL", "Bilingual"), java.util.Map.entry("WIKIPEDIA", "Wikipedia"));

    /**
     * The category's name in English whatever the text's language (LanguageTool names Arabic categories in
     * Arabic), so the page's labels stay in one language: LanguageTool's English name for its categories,
     * else the id made readable ("MY_CATEGORY" → "My category").
     */
    public String englishCategory() {
        if (category == null || category.isBlank()) {
            return categoryName == null ? "Miscellaneous" : categoryName;
        }
        String known = ENGLISH_CATEGORIES.get(category);
        if (known != null) {
            return known;
        }
        String words = category.replace('_', ' ').toLowerCase(java.util.Locale.ROOT).strip();
        return words.isEmpty() ? "Miscellaneous" : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** A CSS class per category ("lt-grammar", "lt-typos"), so pages can tell kinds of issues apart. */
    public String categoryClass() {
        return "lt-" + (category == null ? "misc" : category.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-"));
    }
}
