package dev.parallax.memory.engine;

/**
 * One pair of the translation memory: a source text and its translation, with where it comes from (a
 * story's paragraphs or a named memory, opaque to the engine), its workflow status and when it last changed.
 */
public record Segment(String sourceLanguage, String targetLanguage, String source, String target, String status,
                      long updatedAt, Object origin) {
}
