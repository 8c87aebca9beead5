package dev.parallax.intake.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parallax.common.ApiException;
import dev.parallax.intake.IntakeService;
import dev.parallax.story.Version;
import dev.parallax.story.api.VersionFieldHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Set;

/** {@code "watch": true|false} in {@code PATCH /api/versions/{id}}: the scheduled re-fetch of a version read from the web. */
@ApplicationScoped
public class WatchField implements VersionFieldHandler {

    @Inject
    IntakeService intake;

    @Override
    public Set<String> fields() {
        return Set.of("watch");
    }

    @Override
    public void apply(Version version, String field, JsonNode value) {
        if (value == null || !value.isBoolean()) {
            throw ApiException.badRequest("Invalid watch", "'watch' must be true or false.");
        }
        intake.setWatch(version, value.booleanValue());
    }
}
