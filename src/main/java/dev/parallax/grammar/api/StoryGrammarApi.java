package dev.parallax.grammar.api;

import dev.parallax.grammar.GrammarService;
import dev.parallax.grammar.StoryGrammar;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
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

    public record RuleRequest(String rule) {
    }

    @GET
    public StoryGrammar story(@PathParam("id") long id) {
        return grammar.story(id);
    }

    @POST
    @Path("disabled-rules")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response disable(@PathParam("id") long id, RuleRequest body) {
        grammar.disableRule(id, body == null ? null : body.rule());
        return Response.noContent().build();
    }

    @DELETE
    @Path("disabled-rules/{rule}")
    public Response enable(@PathParam("id") long id, @PathParam("rule") String rule) {
        grammar.enableRule(id, rule);
        return Response.noContent().build();
    }
}
