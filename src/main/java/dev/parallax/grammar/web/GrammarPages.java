package dev.parallax.grammar.web;

import dev.parallax.common.web.RowChunk;
import dev.parallax.grammar.GrammarConfig;
import dev.parallax.grammar.GrammarService;
import dev.parallax.grammar.GrammarWrites;
import dev.parallax.grammar.StoryGrammar;
import dev.parallax.grammar.StoryGrammar.ParagraphGrammar;
import dev.parallax.grammar.StoryGrammar.VersionGrammar;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import dev.parallax.user.Role;
import jakarta.annotation.security.RolesAllowed;
import dev.parallax.common.web.Flash;
import dev.parallax.common.web.Htmx;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;

import java.net.URI;

/**
 * The grammar page of a story: every version's paragraphs with LanguageTool's issues underlined in place,
 * a count per category beside each version, and forms to apply a suggestion, ignore a match or disable a
 * rule. htmx, when present, swaps only the paragraph a form changed and polls versions still being checked.
 */
@Path("/stories/{id}/grammar")
@Produces(MediaType.TEXT_HTML)
@Blocking
public class GrammarPages {

    static final java.time.Duration POLL_WAIT = java.time.Duration.ofMillis(500);

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance grammar(StoryGrammar grammar, long storyId, long focusVersion, int focusFrom);

        static native TemplateInstance grammar$version(long storyId, VersionGrammar v, long focusVersion, int focusFrom);

        static native TemplateInstance grammar$paragraphs(long storyId, VersionGrammar v, RowChunk<ParagraphGrammar> window);

        static native TemplateInstance grammar$paragraph(long storyId, VersionGrammar v, ParagraphGrammar p);

        static native TemplateInstance grammar$side(long storyId, VersionGrammar v);

        /** The page's message area, swapped out of band with an htmx answer. */
        static native TemplateInstance message(String text);
    }

    @Inject
    GrammarService grammar;
    @Inject
    GrammarWrites writes;
    @Inject
    GrammarConfig config;

    @GET
    public TemplateInstance page(@PathParam("id") long id, @QueryParam("version") Long version, @QueryParam("from") Integer from) {
        // a long version shows its first screen of paragraphs, or starts at the paragraph a link asks for
        return Templates.grammar(grammar.story(id, config.pageWait()), id, version == null ? 0 : version,
                RowChunk.pageStart(from));
    }

    /** The next paragraphs of one version from paragraph {@code from}, for htmx (the last one asks when it is revealed). */
    @GET
    @Path("versions/{versionId}/paragraphs")
    public TemplateInstance paragraphs(@PathParam("id") long id, @PathParam("versionId") long versionId,
                                       @QueryParam("from") Integer from) {
        int start = RowChunk.chunkStart(from, "paragraph");
        VersionGrammar v = grammar.version(id, versionId, config.pageWait());
        return Templates.grammar$paragraphs(id, v, RowChunk.of(v.paragraphs(), ParagraphGrammar::index, start, RowChunk.CHUNK));
    }

    /** One version, for htmx to poll while its checks are still running. */
    @GET
    @Path("versions/{versionId}")
    public TemplateInstance version(@PathParam("id") long id, @PathParam("versionId") long versionId) {
        // the page's poll: answers within a second, so a long check's progress bar moves every second
        java.time.Duration wait = config.pageWait().compareTo(POLL_WAIT) < 0 ? config.pageWait() : POLL_WAIT;
        return Templates.grammar$version(id, grammar.version(id, versionId, wait), 0, 0);
    }

    @POST
    @Path("apply")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.TRANSLATOR_NAME)
    public Response apply(@PathParam("id") long id, @RestForm long versionId, @RestForm int index, @RestForm int offset,
                          @RestForm int length, @RestForm String expected, @RestForm String replacement,
                          @HeaderParam(Htmx.REQUEST) String htmx, @HeaderParam(Htmx.BOOSTED) String boosted) {
        writes.applySuggestion(versionId, index, offset, length, expected == null ? "" : expected, replacement);
        return paragraph(id, versionId, index, htmx, boosted, "Replaced “" + (expected == null ? "" : expected) + "” with “" + replacement
                + "” in paragraph " + (index + 1) + ".");
    }

    @POST
    @Path("ignore")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.TRANSLATOR_NAME)
    public Response ignore(@PathParam("id") long id, @RestForm long versionId, @RestForm int index, @RestForm String rule,
                           @RestForm int offset, @RestForm String text,
                           @HeaderParam(Htmx.REQUEST) String htmx, @HeaderParam(Htmx.BOOSTED) String boosted) {
        writes.ignore(versionId, index, rule, offset, text == null ? "" : text);
        return paragraph(id, versionId, index, htmx, boosted, "Ignored “" + (text == null ? "" : text) + "” in paragraph " + (index + 1)
                + " until it changes.");
    }

    @POST
    @Path("disable")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.EDITOR_NAME)
    public Response disable(@PathParam("id") long id, @RestForm String rule) {
        writes.disableRule(id, rule);
        return Flash.seeOther("/stories/" + id + "/grammar", "Disabled the rule " + rule + " for this story.");
    }

    @POST
    @Path("enable")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.EDITOR_NAME)
    public Response enable(@PathParam("id") long id, @RestForm String rule) {
        writes.enableRule(id, rule);
        return Flash.seeOther("/stories/" + id + "/grammar", "Enabled the rule " + rule + " again.");
    }

    /**
     * htmx (not boosted) gets the re-checked paragraph to swap in, with the version's counts and the message
     * swapped out of band, so nothing on the page goes stale; a plain form post goes back to the page.
     */
    private Response paragraph(long storyId, long versionId, int index, String htmx, String boosted, String done) {
        if (Htmx.wantsFragment(htmx, boosted)) {
            VersionGrammar v = grammar.version(storyId, versionId, config.pageWait());
            ParagraphGrammar p = v.pending() ? null : v.paragraphs().stream().filter(x -> x.index() == index).findFirst().orElse(null);
            StringBuilder html = new StringBuilder();
            if (p == null) {
                VersionGrammar one = grammar.paragraph(versionId, index);
                html.append(Templates.grammar$paragraph(storyId, one, one.paragraphs().get(0)).render());
            } else {
                html.append(Templates.grammar$paragraph(storyId, v, p).render());
                html.append(Templates.grammar$side(storyId, v).render().replaceFirst("<aside ", "<aside hx-swap-oob=\"true\" "));
            }
            html.append(Templates.message(done).render());
            return Response.ok(html.toString()).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
        }
        // a paragraph past the first screen: the page opens at it
        String at = index >= RowChunk.FIRST_SCREEN ? "?version=" + versionId + "&from=" + index : "";
        return Flash.seeOther("/stories/" + storyId + "/grammar" + at + "#gp-" + versionId + "-" + index, done);
    }

    private static Response seeOther(String location) {
        return Response.seeOther(URI.create(location)).build();
    }
}
