package dev.parallax.grammar.api;

import dev.parallax.common.ApiException;
import dev.parallax.grammar.GrammarService;
import dev.parallax.grammar.GrammarStoryReader;
import dev.parallax.grammar.GrammarWrites;
import dev.parallax.grammar.StoryGrammar;
import io.smallrye.common.annotation.Blocking;
import dev.parallax.user.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** A story's grammar issues, per version and paragraph, and the rules disabled for it. */
@Path("/api/stories/{id}/grammar")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
public class StoryGrammarApi {

    @Inject
    GrammarService grammar;
    @Inject
    GrammarStoryReader reader;
    @Inject
    GrammarWrites writes;

    public record RuleRequest(String rule) {
    }

    /** Replace {@code length} characters at {@code offset} of a paragraph, which must still read {@code expected}. */
    public record ApplyRequest(@NotNull(message = "say which version the suggestion is in") Long versionId,
                               @NotNull(message = "say which paragraph (its index) the suggestion is in") Integer index,
                               @NotNull(message = "say where in the paragraph the suggestion starts") Integer offset,
                               @NotNull(message = "say how many characters the suggestion replaces") Integer length,
                               String expected, String replacement) {
    }

    @GET
    public StoryGrammar story(@PathParam("id") long id) {
        return grammar.story(id);
    }

    /** Applies a suggestion (an update of the paragraph until revisions exist); answers the paragraph re-checked. */
    @POST
    @Path("apply")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.TRANSLATOR_NAME)
    public StoryGrammar.VersionGrammar apply(@PathParam("id") long id, @Valid @NotNull(message = "Send versionId, index, offset, length, expected and replacement.") ApplyRequest body) {
        if (reader.storyOf(body.versionId()) != id) {
            throw ApiException.notFound("Version", body.versionId());
        }
        writes.applySuggestion(body.versionId(), body.index(), body.offset(), body.length(), body.expected(), body.replacement());
        return grammar.paragraph(body.versionId(), body.index());
    }

    @POST
    @Path("disabled-rules")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.EDITOR_NAME)
    public Response disable(@PathParam("id") long id, RuleRequest body) {
        writes.disableRule(id, body == null ? null : body.rule());
        return Response.noContent().build();
    }

    @DELETE
    @Path("disabled-rules/{rule}")
    @RolesAllowed(Role.EDITOR_NAME)
    public Response enable(@PathParam("id") long id, @PathParam("rule") String rule) {
        writes.enableRule(id, rule);
        return Response.noContent().build();
    }
}
