package dev.parallax.grammar.web;

import dev.parallax.common.web.RowChunk;
import dev.parallax.grammar.StoryGrammar.ParagraphGrammar;
import dev.parallax.grammar.StoryGrammar.VersionGrammar;
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

    /**
     * {@code v.firstScreen(focusVersion, focusFrom)}: the paragraphs a version shows when the page opens, its first
     * screen, or from paragraph {@code focusFrom} on when it is the version a link points into.
     */
    @TemplateExtension
    static RowChunk<ParagraphGrammar> firstScreen(VersionGrammar v, long focusVersion, int focusFrom) {
        int from = v.id() == focusVersion ? focusFrom : 0;
        return RowChunk.of(v.paragraphs(), ParagraphGrammar::index, from, RowChunk.FIRST_SCREEN);
    }

    /** {@code text.charCount}: its length in characters. */
    @TemplateExtension
    static int charCount(String text) {
        return text == null ? 0 : text.length();
    }
}
