package dev.parallax.exchange.imports;

import java.util.List;

/**
 * What a reader found in a file: the versions (in column order) and the rows, each cell a list of
 * paragraphs. {@code ref} is the file's own id of a version (TMX {@code x-version}), {@code translationOf}
 * another version's ref. A paragraph's {@code index} is its position in its version when the file says so
 * (a moved paragraph sits in a row out of order), else null; its {@code status} (draft, translated,
 * reviewed, approved) when the file carries one, else null.
 */
public record ImportedAlignment(String title, String slug, List<Version> versions, List<List<List<Paragraph>>> rows) {

    /** {@code publishedAt} an ISO date as the file gives it; {@code sourceUrl} the address the version came from. */
    public record Version(String ref, String key, String outlet, String language, String title, String kind, String translationOf,
                          String sourceUrl, String publishedAt) {

        public Version(String ref, String key, String outlet, String language, String title, String kind, String translationOf) {
            this(ref, key, outlet, language, title, kind, translationOf, null, null);
        }
    }

    public record Paragraph(String text, Integer index, String status) {

        public Paragraph(String text, Integer index) {
            this(text, index, null);
        }
    }
}
