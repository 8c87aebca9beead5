package dev.parallax.story.api;

import dev.parallax.story.VersionInput;

/**
 * POST /api/stories/{id}/versions. {@code translationOf} is a version id of the same story (a number, or
 * a string holding one).
 */
public record VersionRequest(String outlet, String language, String title, String kind, Object translationOf,
                             String sourceUrl, String publishedAt, String text) {

    VersionInput toInput() {
        return new VersionInput(null, outlet, language, title, kind, translationOf == null ? null : translationOf.toString(),
                sourceUrl, publishedAt, text);
    }
}
