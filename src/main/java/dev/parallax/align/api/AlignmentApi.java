package dev.parallax.align.api;

import dev.parallax.align.AlignmentService;
import dev.parallax.align.AlignmentService.ParagraphRef;
import dev.parallax.align.StoryAlignment;
import dev.parallax.align.api.AlignmentJson.LinkRequest;
import dev.parallax.align.api.AlignmentJson.ParagraphJson;
import dev.parallax.align.api.AlignmentJson.Result;
import dev.parallax.align.api.AlignmentJson.RowRequest;
import dev.parallax.align.api.AlignmentJson.UnlinkRequest;
import dev.parallax.common.ApiException;
import dev.parallax.user.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.ArrayList;
import java.util.List;

/**
 * The alignment of a story's versions, and the corrections an editor makes to it. Every correction
 * answers with the whole updated alignment.
 */
@Path("/api/stories/{id}/alignment")
@Produces(MediaType.APPLICATION_JSON)
public class AlignmentApi {

    /** What a correction of a row sends; Bean Validation answers with it when the body is missing. */
    static final String ROW_BODY = "Send \\{\"versions\": [...], \"row\": n, \"cells\": [...]\\}.";

    @Inject
    AlignmentService alignments;
    @Inject
    @io.quarkus.cache.CacheName("alignment-results")
    io.quarkus.cache.Cache results;

    /** {@code versions}: comma-separated version ids, the first being the base; default all, base = first original. */
    @GET
    public Result get(@PathParam("id") long story, @QueryParam("versions") String versions,
                      @QueryParam("sentences") @DefaultValue("true") boolean sentences) {
        AlignmentService.ViewKey key = alignments.viewKey(story, "versions=" + versions + ";sentences=" + sentences);
        if (key == null) {
            return Result.of(alignments.align(story, parseIds(versions)), alignments, sentences); // its 404
        }
        // remembered under the story's change count: any edit, on any instance, makes a new key (ADR 17)
        try {
            return results.get(key, k -> Result.of(alignments.align(story, parseIds(versions)), alignments, sentences))
                    .await().indefinitely();
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    @POST
    @Path("confirm")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.EDITOR_NAME)
    public Result confirm(@PathParam("id") long story, @Valid @NotNull(message = ROW_BODY) RowRequest r) {
        return answer(alignments.confirm(story, r.versions(), row(r), r.cells()));
    }

    @POST
    @Path("release")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.EDITOR_NAME)
    public Result release(@PathParam("id") long story, @Valid @NotNull(message = ROW_BODY) RowRequest r) {
        return answer(alignments.release(story, r.versions(), row(r), r.cells()));
    }

    @POST
    @Path("merge")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.EDITOR_NAME)
    public Result merge(@PathParam("id") long story, @Valid @NotNull(message = ROW_BODY) RowRequest r) {
        return answer(alignments.mergeWithNext(story, r.versions(), row(r), r.cells()));
    }

    @POST
    @Path("split")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.EDITOR_NAME)
    public Result split(@PathParam("id") long story, @Valid @NotNull(message = ROW_BODY) RowRequest r) {
        return answer(alignments.split(story, r.versions(), row(r), r.at(), r.cells()));
    }

    @POST
    @Path("link")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.EDITOR_NAME)
    public Result link(@PathParam("id") long story,
                       @Valid @NotNull(message = "Send \\{\"versions\": [...], \"paragraphs\": [\\{\"version\", \"index\"\\}, ...]\\}.")
                       LinkRequest body) {
        List<ParagraphRef> refs = new ArrayList<>();
        for (ParagraphJson p : body.paragraphs()) {
            refs.add(ref(p));
        }
        return answer(alignments.link(story, body.versions(), refs));
    }

    @POST
    @Path("unlink")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.EDITOR_NAME)
    public Result unlink(@PathParam("id") long story,
                         @Valid @NotNull(message = "Send \\{\"versions\": [...], \"paragraph\": \\{\"version\", \"index\"\\}\\}.")
                         UnlinkRequest body) {
        return answer(alignments.unlink(story, body.versions(), ref(body.paragraph())));
    }

    private Result answer(StoryAlignment alignment) {
        return Result.of(alignment, alignments, false);
    }

    private static int row(RowRequest r) {
        return r.row(); // not null: checked with the body (RowRequest)
    }

    private static ParagraphRef ref(ParagraphJson p) {
        if (p == null || p.version() == null || p.index() == null) {
            throw ApiException.badRequest("Invalid paragraph", "A paragraph is {\"version\": id, \"index\": n}.");
        }
        return new ParagraphRef(p.version(), p.index());
    }

    /** "12,13,14" → [12, 13, 14]; blank → [] (every version). */
    public static List<Long> parseIds(String csv) {
        List<Long> ids = new ArrayList<>();
        if (csv == null || csv.isBlank()) {
            return ids;
        }
        for (String part : csv.split(",")) {
            try {
                ids.add(Long.parseLong(part.strip()));
            } catch (NumberFormatException e) {
                throw ApiException.badRequest("Invalid versions", "'" + part.strip() + "' is not a version id; give ids separated by commas.");
            }
        }
        return ids;
    }
}
