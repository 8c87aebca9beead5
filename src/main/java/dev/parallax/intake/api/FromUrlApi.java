package dev.parallax.intake.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.intake.IntakeService;
import dev.parallax.intake.api.IntakeJson.FromUrl;
import dev.parallax.story.StoryService;
import dev.parallax.story.api.StoryJson.VersionDetail;
import dev.parallax.user.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/** Adds a version from its web address ({@code ?preview=true}: only shows what would be stored). */
@Path("/api/stories/{id}/versions/from-url")
@Produces(MediaType.APPLICATION_JSON)
public class FromUrlApi {

    @Inject
    IntakeService intake;
    @Inject
    StoryService stories;
    @Inject
    ObjectMapper json;


    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.EDITOR_NAME)
    public Response fromUrl(@PathParam("id") long storyId, @QueryParam("preview") boolean preview, @NotNull(message = "Send \\{\"url\", \"outlet\"?, \"language\"?, \"watch\"?\\}.") FromUrl body) {
        if (preview) {
            stories.story(storyId);
            return Response.ok(IntakeJson.Preview.of(intake.preview(body.url(), body.outlet(), body.language()))).build();
        }
        IntakeService.Added added = intake.add(storyId, body.url(), body.outlet(), body.language(), Boolean.TRUE.equals(body.watch()));
        // the answer is read after the service's transaction committed (a read needs none)
        @SuppressWarnings("unchecked")
        Map<String, Object> answer = json.convertValue(VersionDetail.of(stories.version(added.version().id)), LinkedHashMap.class);
        answer.put("watch", added.watch().watched);
        answer.put("snapshot", added.snapshot().number);
        return Response.created(URI.create("/api/versions/" + added.version().id)).entity(answer).build();
    }
}
