package dev.parallax.grammar;

import java.util.List;

/**
 * A paragraph of a translation and the source paragraph(s) it translates: {@code sourceText} is those
 * source paragraphs joined by a space, {@code targetIndex} the translation's paragraph.
 */
public record ParagraphPair(List<Integer> sourceIndexes, String sourceText, int targetIndex) {

    public ParagraphPair {
        sourceIndexes = List.copyOf(sourceIndexes);
    }
}
