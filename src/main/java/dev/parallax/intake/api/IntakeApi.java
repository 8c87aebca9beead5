package dev.parallax.intake.api;

import dev.parallax.common.ApiException;
import dev.parallax.intake.IntakeService;
import dev.parallax.intake.Snapshot;
import dev.parallax.intake.VersionWatch;
import dev.parallax.intake.api.IntakeJson.ChangeJson;
import dev.parallax.intake.api.IntakeJson.RefreshJson;
import dev.parallax.intake.api.IntakeJson.SnapshotDetail;
import dev.parallax.intake.api.IntakeJson.SnapshotSummary;
import dev.parallax.intake.api.IntakeJson.WatchJson;
import dev.parallax.story.StoryService;
import dev.parallax.story.Version;
import dev.parallax.user.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** A version read from the web: re-read it, its snapshots (each with its diff against the previous), its watch. */
@Path("/api/versions/{id}")
@Produces(MediaType.APPLICATION_JSON)
public class IntakeApi {

    @Inject
    IntakeService intake;
    @Inject
    StoryService stories;


    @POST
    @Path("refresh")
    @RolesAllowed(Role.EDITOR_NAME)
    public RefreshJson refresh(@PathParam("id") long versionId) {
        IntakeService.Refresh r = intake.refresh(versionId);
        return new RefreshJson(r.changed(), r.snapshot());
    }


    @GET
    @Path("snapshots")
    public List<SnapshotSummary> snapshots(@PathParam("id") long versionId) {
        stories.version(versionId);
        return Snapshot.ofVersion(versionId).stream().map(SnapshotSummary::of).toList();
    }


    @GET
    @Path("snapshots/{number}")
    public SnapshotDetail snapshot(@PathParam("id") long versionId, @PathParam("number") int number) {
        Version version = stories.version(versionId);
        Snapshot s = Snapshot.find("versionId = ?1 and number = ?2", versionId, number).firstResult();
        if (s == null) {
            throw new ApiException(404, "Snapshot not found", "Version " + versionId + " has no snapshot " + number + ".");
        }
        Snapshot before = number > 1 ? Snapshot.find("versionId = ?1 and number = ?2", versionId, number - 1).firstResult() : null;
        List<ChangeJson> diff = before == null ? List.of()
                : intake.diff(before, s, version.language).stream().map(ChangeJson::of).toList();
        return new SnapshotDetail(s.number, s.fetchedAt, s.changed, s.flags, s.applied, s.title, before == null ? null : before.title, s.url,
                s.paragraphs(), diff);
    }


    @GET
    @Path("watch")
    public WatchJson watch(@PathParam("id") long versionId) {
        stories.version(versionId);
        VersionWatch w = VersionWatch.findById(versionId);
        if (w == null) {
            w = new VersionWatch();
            w.versionId = versionId;
        }
        return WatchJson.of(w, (int) Snapshot.count("versionId", versionId));
    }
}
