package dev.parallax.story;

import dev.parallax.common.ApiException;

import java.util.Locale;

/** Where a paragraph of a translation stands in the workflow. */
public enum ParagraphStatus {
    DRAFT, TRANSLATED, REVIEWED, APPROVED;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ParagraphStatus parse(String value) {
        if (value != null) {
            for (ParagraphStatus s : values()) {
                if (s.label().equalsIgnoreCase(value.strip())) {
                    return s;
                }
            }
        }
        throw ApiException.badRequest("Invalid status", "'" + value + "' is not a status (draft, translated, reviewed, approved).");
    }
}
