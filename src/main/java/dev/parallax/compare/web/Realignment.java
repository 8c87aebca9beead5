package dev.parallax.compare.web;

import dev.parallax.align.AlignmentService;
import dev.parallax.align.StoryAlignment;
import dev.parallax.align.api.AlignmentApi;
import dev.parallax.common.Jobs;
import dev.parallax.compare.CompareService;
import dev.parallax.story.StoryService;
import dev.parallax.user.CurrentUser;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.List;

/**
 * Re-aligning a long story after large edits, in the background: the alignment and the wording comparison are
 * computed (and cached) while the user works elsewhere, with a progress bar, so the aligned page then opens at
 * once. {@code POST /api/stories/{id}/alignment/jobs} with {@code {"versions": "12,13"}} answers 202 with the job; the aligned page has a form.
 */
@Path("/api/stories/{id}/alignment/jobs")
@ApplicationScoped
public class Realignment {

    @Inject
    AlignmentService alignments;
    @Inject
    CompareService compare;
    @Inject
    StoryService stories;
    @Inject
    Jobs jobs;
    @Inject
    CurrentUser currentUser;

    /** What the API takes: the versions as on the aligned page ("12,13", the first the base; absent = every version). */
    public record RealignRequest(String versions) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @jakarta.annotation.security.RolesAllowed(dev.parallax.user.Role.TRANSLATOR_NAME)
    public Response api(@PathParam("id") long id, RealignRequest body) {
        Jobs.Job job = start(id, body == null ? null : body.versions());
        return Response.accepted(dev.parallax.common.web.JobPages.JobJson.of(job)).location(URI.create("/api/jobs/" + job.id())).build();
    }

    /** Starts the job (the story is checked now: 404); its result is the aligned page of these versions. */
    public Jobs.Job start(long storyId, String versions) {
        String title = stories.story(storyId).title;
        List<Long> ids = versions == null || versions.isBlank() ? List.of() : AlignmentApi.parseIds(versions);
        return jobs.start("realign", "Re-alignment of “" + title + "”", currentUser.name(), job -> {
            job.total(2);
            job.step("Aligning the versions…");
            StoryAlignment alignment = QuarkusTransaction.requiringNew().call(() -> alignments.align(storyId, ids));
            job.done(1);
            job.step("Comparing their wording…");
            QuarkusTransaction.requiringNew().run(() -> compare.differences(alignments.align(storyId, ids)));
            String csv = AlignedPage.csv(alignment.versionIds());
            job.finish("Aligned again: " + alignment.rows().size() + " rows across " + alignment.versions().size() + " versions.",
                    "/stories/" + storyId + "/aligned?versions=" + csv, null);
        });
    }
}
