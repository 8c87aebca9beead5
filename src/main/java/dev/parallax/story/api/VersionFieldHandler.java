package dev.parallax.story.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parallax.story.Version;

import java.util.Set;

/**
 * A field of a version kept by a feature above the story package (the watch of versions read from the
 * web): {@code PATCH /api/versions/{id}} hands such fields to their handler, in the same transaction, so
 * the story package need not know the feature.
 */
public interface VersionFieldHandler {

    Set<String> fields();

    /** Applies one field; throws {@link dev.parallax.common.ApiException} (400) for a bad value. */
    void apply(Version version, String field, JsonNode value);
}
