package dev.parallax.exchange;

import dev.parallax.common.ApiException;

import java.util.Locale;

/** Whether a row is exported as one segment per row, or as its aligned sentences. */
public enum Segmentation {
    PARAGRAPH, SENTENCE;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Segmentation parse(String value) {
        if (value == null || value.isBlank()) {
            return PARAGRAPH;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "paragraph" -> PARAGRAPH;
            case "sentence" -> SENTENCE;
            default -> throw ApiException.badRequest("Invalid segmentation", "'" + value + "' is neither 'paragraph' nor 'sentence'.");
        };
    }
}
