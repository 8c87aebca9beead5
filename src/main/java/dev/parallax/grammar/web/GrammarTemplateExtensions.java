package dev.parallax.grammar.web;

import io.quarkus.qute.TemplateExtension;

/** Helpers for the grammar page. */
public final class GrammarTemplateExtensions {

    private GrammarTemplateExtensions() {
    }

    /**
     * {@code text.visibleSpaces}: white space made visible, for issues about spacing (a Persian double space
     * would otherwise be a blank sliver): a space as ␣, a no-break space as ⍽, a tab as ⇥, a zero-width
     * non-joiner as ‸, a line break as ↵.
     */
    @TemplateExtension
    static String visibleSpaces(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(switch (c) {
                case ' ' -> '␣';
                case '\u00A0', '\u202F' -> '⍽';
                case '\t' -> '⇥';
                case '\u200C' -> '‸';
                case '\n' -> '↵';
                default -> c;
            });
        }
        return out.toString();
    }

    /** {@code text.blank}: nothing but white space (and not empty). */
    @TemplateExtension
    static boolean blank(String text) {
        return text != null && !text.isEmpty() && text.isBlank();
    }

    /** {@code text.charCount}: its length in characters. */
    @TemplateExtension
    static int charCount(String text) {
        return text == null ? 0 : text.length();
    }
}
