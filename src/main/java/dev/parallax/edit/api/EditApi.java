package dev.parallax.edit.api;

import dev.parallax.edit.EditService;
import dev.parallax.edit.api.EditJson.InsertRequest;
import dev.parallax.edit.api.EditJson.ParagraphState;
import dev.parallax.edit.api.EditJson.RestoreRequest;
import dev.parallax.edit.api.EditJson.RevisionJson;
import dev.parallax.edit.api.EditJson.SaveRequest;
import dev.parallax.edit.api.EditJson.SplitRequest;
import dev.parallax.edit.api.EditJson.TranslationRequest;
import dev.parallax.story.StoryService;
import dev.parallax.story.api.StoryJson.VersionDetail;
import dev.parallax.user.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.List;

/** Editing a version's text paragraph by paragraph, with revisions; starting a translation. */
@Path("/api/versions/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EditApi {

    @Inject
    EditService edits;
    @Inject
    StoryService stories;

    /** Saves text and status; 409 with the current text if {@code baseRevision} is stale. */
    @PUT
    @Path("paragraphs/{index}")
    @RolesAllowed(Role.TRANSLATOR_NAME)
    public ParagraphState save(@PathParam("id") long version, @PathParam("index") int index, @NotNull(message = "Send \\{\"text\", \"status\", \"baseRevision\"\\}.") SaveRequest body) {
        return state(edits.save(version, index, body.text(), body.status(), body.baseRevision()));
    }

    @GET
    @Path("paragraphs/{index}/revisions")
    public List<RevisionJson> revisions(@PathParam("id") long version, @PathParam("index") int index) {
        return edits.history(version, index).stream().map(RevisionJson::of).toList();
    }

    /** {@code rev} is a revision's {@code id} from the history (refused saves can be restored too). */
    @POST
    @Path("paragraphs/{index}/revisions/{rev}/restore")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Role.TRANSLATOR_NAME)
    public ParagraphState restore(@PathParam("id") long version, @PathParam("index") int index, @PathParam("rev") long revision,
                                  RestoreRequest body) {
        return state(edits.restore(version, index, revision, body == null ? null : body.baseRevision()));
    }

    @POST
    @Path("paragraphs/{index}/split")
    @RolesAllowed(Role.TRANSLATOR_NAME)
    public VersionDetail split(@PathParam("id") long version, @PathParam("index") int index, @Valid @NotNull(message = "Send \\{\"offset\": n\\}, the character offset to split at.") SplitRequest body) {
        edits.split(version, index, body.offset());
        return detail(version);
    }

    @POST
    @Path("paragraphs/{index}/merge")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Role.TRANSLATOR_NAME)
    public VersionDetail merge(@PathParam("id") long version, @PathParam("index") int index) {
        edits.mergeWithNext(version, index);
        return detail(version);
    }

    @POST
    @Path("paragraphs")
    @RolesAllowed(Role.TRANSLATOR_NAME)
    public Response insert(@PathParam("id") long version, @Valid @NotNull(message = "Send \\{\"index\": n, \"text\": \"…\"\\}.") InsertRequest body) {
        edits.insert(version, body.index(), body.text());
        return Response.status(201).entity(detail(version)).build();
    }

    @DELETE
    @Path("paragraphs/{index}")
    @RolesAllowed(Role.TRANSLATOR_NAME)
    public VersionDetail delete(@PathParam("id") long version, @PathParam("index") int index) {
        edits.delete(version, index);
        return detail(version);
    }

    @POST
    @Path("translations")
    @RolesAllowed(Role.TRANSLATOR_NAME)
    public Response startTranslation(@PathParam("id") long source, @NotNull(message = "Send \\{\"language\", \"outlet\", \"title\"\\}.") TranslationRequest body) {
        long id = edits.startTranslation(source, body.language(), body.outlet(), body.title()).id;
        return Response.created(URI.create("/api/versions/" + id)).entity(detail(id)).build();
    }

    /** The version as committed, read after the service's transaction (which owns the write). */
    private VersionDetail detail(long versionId) {
        return VersionDetail.of(stories.version(versionId));
    }

    private static ParagraphState state(dev.parallax.story.Paragraph p) {
        return ParagraphState.of(p);
    }
}
