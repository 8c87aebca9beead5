package dev.parallax.exchange.imports;

import dev.parallax.text.Paragraphs;

import java.util.ArrayList;
import java.util.List;

/**
 * Assembles one version's cell of a row from the pieces a file gives in order: text, paragraph marks and
 * the starts of segments. Sentences of one paragraph split over several segments are joined with a
 * space; a blank line inside a piece also ends a paragraph (so a text edited by hand still lands right).
 */
final class CellBuilder {

    private final List<String> paragraphs = new ArrayList<>();
    private final List<Integer> indices = new ArrayList<>();
    private StringBuilder current;

    /** A new segment of this cell begins; its text continues the current paragraph unless a mark comes first. */
    void segment() {
        if (current != null && current.length() > 0 && !Character.isWhitespace(current.charAt(current.length() - 1))) {
            current.append(' ');
        }
    }

    void text(String text) {
        if (current == null) {
            current = new StringBuilder();
        }
        current.append(text);
    }

    /** A paragraph mark: what follows is a new paragraph. */
    void paragraph() {
        flush();
    }

    void index(List<Integer> indices) {
        for (Integer i : indices) {
            if (!this.indices.contains(i)) {
                this.indices.add(i);
            }
        }
    }

    private void flush() {
        if (current != null) {
            paragraphs.addAll(Paragraphs.split(current.toString()));
            current = null;
        }
    }

    /** The cell's paragraphs; indices are kept only when the file gave exactly one per paragraph. */
    List<ImportedAlignment.Paragraph> build() {
        flush();
        boolean indexed = indices.size() == paragraphs.size();
        List<ImportedAlignment.Paragraph> out = new ArrayList<>();
        for (int k = 0; k < paragraphs.size(); k++) {
            out.add(new ImportedAlignment.Paragraph(paragraphs.get(k), indexed ? indices.get(k) : null));
        }
        return out;
    }
}
