package dev.parallax.story.api;

import dev.parallax.story.StoryService;
import dev.parallax.story.Trash;
import dev.parallax.user.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.time.OffsetDateTime;
import java.util.List;

/** Deleted stories and versions, for admins to restore. */
@Path("/api/trash")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_NAME)
public class TrashApi {

    public record Deleted(String type, long id, String title, Long storyId, OffsetDateTime deletedAt, String deletedBy,
                          OffsetDateTime purgeAfter) {
    }

    public record Listing(List<Deleted> stories, List<Deleted> versions) {
    }

    @Inject
    Trash trash;
    @Inject
    StoryService stories;

    @GET
    public Listing list() {
        return new Listing(
                trash.stories().stream().map(s -> new Deleted("story", s.id, s.title, s.id, s.deletedAt, s.deletedBy, trash.purgeAfter(s.deletedAt))).toList(),
                trash.versions().stream().map(v -> new Deleted("version", v.id, v.outlet + " (" + v.language + ")", v.story.id, v.deletedAt,
                        v.deletedBy, trash.purgeAfter(v.deletedAt))).toList());
    }

    @POST
    @Path("stories/{id}/restore")
    public StoryJson.StoryDetail restoreStory(@PathParam("id") long id) {
        trash.restoreStory(id);
        return StoryJson.StoryDetail.of(stories.story(id));
    }

    @POST
    @Path("versions/{id}/restore")
    public StoryJson.VersionDetail restoreVersion(@PathParam("id") long id) {
        trash.restoreVersion(id);
        return StoryJson.VersionDetail.of(stories.version(id));
    }
}
