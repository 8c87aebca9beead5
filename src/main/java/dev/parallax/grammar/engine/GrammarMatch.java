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

    /** A CSS class per category ("lt-grammar", "lt-typos"), so pages can tell kinds of issues apart. */
    public String categoryClass() {
        return "lt-" + (category == null ? "misc" : category.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-"));
    }
}
