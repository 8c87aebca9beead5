package dev.parallax.story.api;

import dev.parallax.story.Story;
import dev.parallax.story.Trash;
import dev.parallax.story.Version;
import dev.parallax.user.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
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

    @GET
    @Transactional
    public Listing list() {
        return new Listing(
                trash.stories().stream().map(s -> new Deleted("story", s.id, s.title, s.id, s.deletedAt, s.deletedBy, trash.purgeAfter(s.deletedAt))).toList(),
                trash.versions().stream().map(v -> new Deleted("version", v.id, v.outlet + " (" + v.language + ")", v.story.id, v.deletedAt,
                        v.deletedBy, trash.purgeAfter(v.deletedAt))).toList());
    }

    @POST
    @Path("stories/{id}/restore")
    @Transactional
    public StoryJson.StoryDetail restoreStory(@PathParam("id") long id) {
        Story story = trash.restoreStory(id);
        return StoryJson.StoryDetail.of(story);
    }

    @POST
    @Path("versions/{id}/restore")
    @Transactional
    public StoryJson.VersionDetail restoreVersion(@PathParam("id") long id) {
        Version version = trash.restoreVersion(id);
        return StoryJson.VersionDetail.of(version);
    }
}
