package dev.parallax.story.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parallax.common.ApiException;
import dev.parallax.story.StoryService;
import dev.parallax.story.api.StoryJson.VersionDetail;
import dev.parallax.user.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/** One version: read it with its paragraphs, change its metadata, delete it. */
@Path("/api/versions/{id}")
@Produces(MediaType.APPLICATION_JSON)
public class VersionApi {

    static final Set<String> METADATA = Set.of("outlet", "language", "title", "kind", "translationOf", "sourceUrl", "publishedAt");

    @Inject
    StoryService stories;
    @Inject
    jakarta.enterprise.inject.Instance<VersionFieldHandler> handlers;

    @GET
    public VersionDetail get(@PathParam("id") long id) {
        return VersionDetail.of(stories.version(id));
    }

    /** Only the fields present change; {@code null} clears an optional one. */
    @PATCH
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @RolesAllowed(Role.EDITOR_NAME)
    public VersionDetail patch(@PathParam("id") long id, JsonNode body) {
        if (body == null || !body.isObject()) {
            throw ApiException.badRequest("Malformed JSON", "Send an object of the metadata fields to change.");
        }
        Map<String, String> changes = new HashMap<>();
        Map<String, VersionFieldHandler> handled = new HashMap<>();
        handlers.forEach(h -> h.fields().forEach(f -> handled.put(f, h)));
        Map<String, JsonNode> extra = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = body.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (field.getKey().equals("text") || field.getKey().equals("paragraphs")) {
                throw ApiException.badRequest("Not metadata",
                        "PATCH changes a version's metadata; its text is edited paragraph by paragraph.");
            }
            if (handled.containsKey(field.getKey())) {
                extra.put(field.getKey(), field.getValue());
                continue;
            }
            if (!METADATA.contains(field.getKey())) {
                java.util.List<String> known = new java.util.ArrayList<>(METADATA);
                known.addAll(handled.keySet());
                throw ApiException.badRequest("Unknown field", "'" + field.getKey() + "' is not a version field (" + String.join(", ", known.stream().sorted().toList()) + ").");
            }
            JsonNode value = field.getValue();
            if (value.isContainerNode()) {
                throw ApiException.badRequest("Invalid " + field.getKey(), "'" + field.getKey() + "' must be a string, a number or null.");
            }
            changes.put(field.getKey(), value.isNull() ? null : value.asText());
        }
        stories.updateMetadata(id, changes, extra.isEmpty() ? null
                : version -> extra.forEach((field, value) -> handled.get(field).apply(version, field, value)));
        return VersionDetail.of(stories.version(id));
    }

    @DELETE
    @RolesAllowed(Role.EDITOR_NAME)
    public Response delete(@PathParam("id") long id) {
        stories.deleteVersion(id);
        return Response.noContent().build();
    }
}
