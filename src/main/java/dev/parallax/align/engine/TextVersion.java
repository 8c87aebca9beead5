package dev.parallax.align.engine;

import java.util.List;

/**
 * One version of a text to align: an id (e.g. "sana.ar"), a language tag (en, ar, fa…; decides
 * tokenisation, sentence splitting and which features can match) and its paragraphs, in order.
 */
public record TextVersion(String id, String language, List<String> paragraphs) {
    public TextVersion {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a version needs an id");
        }
        if (paragraphs == null || paragraphs.isEmpty()) {
            throw new IllegalArgumentException("version '" + id + "' has no paragraphs");
        }
        paragraphs = List.copyOf(paragraphs);
        language = language == null ? "" : language.strip().toLowerCase(java.util.Locale.ROOT);
    }

    public int size() {
        return paragraphs.size();
    }
}
