package dev.parallax.exchange.imports;

import java.util.List;

/**
 * What a reader found in a file: the versions (in column order) and the rows, each cell a list of
 * paragraphs. {@code ref} is the file's own id of a version (TMX {@code x-version}), {@code translationOf}
 * another version's ref. A paragraph's {@code index} is its position in its version when the file says so
 * (a moved paragraph sits in a row out of order), else null.
 */
public record ImportedAlignment(String title, String slug, List<Version> versions, List<List<List<Paragraph>>> rows) {

    public record Version(String ref, String key, String outlet, String language, String title, String kind, String translationOf) {
    }

    public record Paragraph(String text, Integer index) {
    }
}
