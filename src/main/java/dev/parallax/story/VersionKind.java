package dev.parallax.story;

import dev.parallax.common.ApiException;

import java.util.Locale;

/** Whether a version is an outlet's own text or a translation of another version. */
public enum VersionKind {
    ORIGINAL, TRANSLATION;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static VersionKind parse(String value) {
        if (value == null || value.isBlank()) {
            return ORIGINAL;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "original" -> ORIGINAL;
            case "translation" -> TRANSLATION;
            default -> throw ApiException.badRequest("Invalid kind", "'" + value + "' is neither 'original' nor 'translation'.");
        };
    }
}
