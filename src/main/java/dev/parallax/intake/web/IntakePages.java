package dev.parallax.intake.web;

import dev.parallax.common.ApiException;
import dev.parallax.intake.AtomFeed;
import dev.parallax.intake.Changes;
import dev.parallax.intake.IntakeService;
import dev.parallax.intake.Snapshot;
import dev.parallax.intake.VersionWatch;
import dev.parallax.intake.api.ChangesApi;
import dev.parallax.story.Story;
import dev.parallax.story.StoryService;
import dev.parallax.story.Version;
import dev.parallax.story.VersionInput;
import dev.parallax.user.Role;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestForm;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Pages for versions read from the web: "Add from URL" with a preview to accept or adjust, a version's
 * history of snapshots (word diff and flags against the previous one), the Changes page and Atom feeds.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class IntakePages {

    /** What the "Add from URL" form holds between preview and accept. */
    public record UrlForm(String url, String outlet, String language, String title, String publishedAt, String text, boolean watch,
                          String sourceUrl, boolean languageDetected, int paragraphs) {
        static UrlForm empty() {
            return new UrlForm("", "", "", "", "", "", true, null, false, 0);
        }

        public String direction() {
            try {
                return dev.parallax.text.LanguageTags.direction(language);
            } catch (RuntimeException unknown) {
                return "auto";
            }
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance fromUrl(Story story, UrlForm form, boolean previewed, String error);

        static native TemplateInstance history(Version version, List<HistoryView> snapshots, VersionWatch watch, String message);

        static native TemplateInstance changes(List<Changes.Item> items, OffsetDateTime since, String sinceParam);
    }

    @Inject
    IntakeService intake;
    @Inject
    StoryService stories;
    @Inject
    Changes changes;

    @GET
    @Path("stories/{id}/versions/from-url")
    @RolesAllowed(Role.EDITOR_NAME)
    public TemplateInstance fromUrlForm(@PathParam("id") long id) {
        return Templates.fromUrl(stories.story(id), UrlForm.empty(), false, null);
    }

    @POST
    @Path("stories/{id}/versions/from-url")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.EDITOR_NAME)
    public Response fromUrl(@PathParam("id") long id, @RestForm String action, @RestForm String url, @RestForm String outlet,
                            @RestForm String language, @RestForm String title, @RestForm String publishedAt, @RestForm String text,
                            @RestForm String watch) {
        boolean watched = watch != null;
        UrlForm form = new UrlForm(url, outlet, language, title, publishedAt, text, watched, null, false, 0);
        boolean accept = "accept".equals(action);
        try {
            if (!accept) {
                IntakeService.Draft d = intake.preview(url == null ? "" : url, null, null);
                UrlForm previewed = new UrlForm(url.strip(), d.outlet(), d.language(), d.title() == null ? "" : d.title(),
                        d.publishedAt() == null ? "" : d.publishedAt().toString(), d.text(), watched, d.sourceUrl(), d.languageDetected(),
                        d.paragraphs().size());
                return Response.ok(render(id, previewed, true, null)).build();
            }
            VersionInput adjusted = new VersionInput(null, outlet, language, title, "original", null, null, publishedAt, text);
            IntakeService.Added added = intake.addAdjusted(id, url == null ? "" : url, adjusted, watched);
            return Response.seeOther(URI.create("/stories/" + id + "#version-" + added.version().id)).build();
        } catch (ApiException e) {
            if (e.status() == 404) {
                throw e;
            }
            return Response.status(e.status()).entity(render(id, form, accept, e.message())).build();
        }
    }

    private TemplateInstance render(long storyId, UrlForm form, boolean previewed, String error) {
        return Templates.fromUrl(stories.story(storyId), form, previewed, error);
    }

    @GET
    @Path("versions/{id}/history")
    public TemplateInstance history(@PathParam("id") long id, @QueryParam("message") String message) {
        Version version = stories.version(id);
        List<Snapshot> all = Snapshot.ofVersion(id);
        List<HistoryView> views = new ArrayList<>();
        Snapshot previous = null;
        for (Snapshot s : all) {
            views.add(HistoryView.of(s, previous, previous == null ? List.of() : intake.diff(previous, s, version.language)));
            previous = s;
        }
        java.util.Collections.reverse(views); // newest first
        VersionWatch watch = VersionWatch.findById(id);
        intake.markSeen(id);
        return Templates.history(version, views, watch, message);
    }

    @POST
    @Path("versions/{id}/refresh")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.EDITOR_NAME)
    public Response refresh(@PathParam("id") long id) {
        String message;
        try {
            IntakeService.Refresh r = intake.refresh(id);
            message = r.changed() ? "The page changed: snapshot " + r.snapshot() + "." : "No change since snapshot " + r.snapshot() + ".";
        } catch (ApiException e) {
            if (e.status() == 404) {
                throw e;
            }
            message = "The check failed: " + e.message();
        }
        return Response.seeOther(URI.create("/versions/" + id + "/history?message=" + java.net.URLEncoder.encode(message,
                java.nio.charset.StandardCharsets.UTF_8))).build();
    }

    @POST
    @Path("versions/{id}/watch")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.EDITOR_NAME)
    public Response watch(@PathParam("id") long id, @RestForm String watch) {
        intake.setWatch(id, "true".equals(watch));
        return Response.seeOther(URI.create("/versions/" + id + "/history")).build();
    }

    @GET
    @Path("changes")
    public TemplateInstance changesPage(@QueryParam("since") String since) {
        OffsetDateTime from = ChangesApi.since(since);
        return Templates.changes(changes.recent(from, null), from, since == null ? "" : since);
    }

    @GET
    @Path("changes.atom")
    @Produces("application/atom+xml")
    public String allFeed(@Context UriInfo uri) {
        String base = uri.getBaseUri().toString();
        return AtomFeed.write("tag:parallax,2026:changes", "Parallax: outlets' changes to watched articles", base + "changes.atom", base,
                changes.recent(OffsetDateTime.now().minusDays(30), null));
    }

    @GET
    @Path("stories/{id}/changes.atom")
    @Produces("application/atom+xml")
    public String storyFeed(@PathParam("id") long id, @Context UriInfo uri) {
        Story story = stories.story(id);
        String base = uri.getBaseUri().toString();
        return AtomFeed.write("tag:parallax,2026:story-" + id + "-changes", "Parallax: changes to “" + story.title + "”",
                base + "stories/" + id + "/changes.atom", base, changes.recent(OffsetDateTime.now().minusDays(30), id));
    }
}
