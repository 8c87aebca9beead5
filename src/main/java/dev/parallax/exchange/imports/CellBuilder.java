package dev.parallax.exchange.imports;

import dev.parallax.text.Paragraphs;

import java.util.ArrayList;
import java.util.List;

/**
 * Assembles one version's cell of a row from the pieces a file gives in order: text, paragraph marks and
 * the starts of segments. Sentences of one paragraph split over several segments are joined with a
 * space; a blank line inside a piece also ends a paragraph (so a text edited by hand still lands right).
 * An empty paragraph (a translation not written yet) survives when the file marks it: a paragraph mark
 * with nothing after it, a segment opened for this version with no text, or one paragraph number for a
 * cell with no text.
 */
final class CellBuilder {

    private final List<String> paragraphs = new ArrayList<>();
    private final List<Integer> indices = new ArrayList<>();
    private final List<String> statuses = new ArrayList<>();
    private StringBuilder current;
    /** The current paragraph was opened by the file itself (a mark, a segment of this version): keep it even empty. */
    private boolean explicit;

    /** A new segment of this cell begins; its text continues the current paragraph unless a mark comes first. */
    void segment() {
        if (current != null && current.length() > 0 && !Character.isWhitespace(current.charAt(current.length() - 1))) {
            current.append(' ');
        }
    }

    /** The file has a segment of this version here (a TMX {@code <tuv>}, an XLIFF {@code <target>}): at least one paragraph, maybe empty. */
    void open() {
        if (current == null && paragraphs.isEmpty()) {
            current = new StringBuilder();
            explicit = true;
        }
    }

    void text(String text) {
        if (current == null) {
            current = new StringBuilder();
        }
        current.append(text);
    }

    /** The end of a paragraph (a Word paragraph, a CSV blank line): what follows starts a new one. */
    void paragraph() {
        flush();
    }

    /** A paragraph mark between two paragraphs of the file: the one after it exists even if it is empty. */
    void mark() {
        if (current == null) {
            current = new StringBuilder();
            explicit = true;
        }
        flush();
        current = new StringBuilder();
        explicit = true;
    }

    void index(List<Integer> indices) {
        for (Integer i : indices) {
            if (!this.indices.contains(i)) {
                this.indices.add(i);
            }
        }
    }

    /** The statuses of the cell's paragraphs, in order, as the file gives them (added once per cell). */
    void statuses(List<String> statuses) {
        if (this.statuses.isEmpty()) {
            this.statuses.addAll(statuses);
        }
    }

    private void flush() {
        if (current != null) {
            List<String> parts = Paragraphs.split(current.toString());
            if (parts.isEmpty() && explicit) {
                paragraphs.add("");
            } else {
                paragraphs.addAll(parts);
            }
            current = null;
            explicit = false;
        }
    }

    /** The cell's paragraphs; indices and statuses are kept only when the file gave exactly one per paragraph. */
    List<ImportedAlignment.Paragraph> build() {
        flush();
        if (paragraphs.isEmpty() && indices.size() == 1) {
            paragraphs.add(""); // a numbered paragraph with no text: an empty one
        }
        boolean indexed = indices.size() == paragraphs.size();
        boolean withStatus = statuses.size() == paragraphs.size();
        List<ImportedAlignment.Paragraph> out = new ArrayList<>();
        for (int k = 0; k < paragraphs.size(); k++) {
            out.add(new ImportedAlignment.Paragraph(paragraphs.get(k), indexed ? indices.get(k) : null,
                    withStatus ? blankToNull(statuses.get(k)) : null));
        }
        return out;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
