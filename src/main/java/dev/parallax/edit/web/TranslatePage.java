package dev.parallax.edit.web;

import dev.parallax.align.AlignmentService;
import dev.parallax.align.StoryAlignment;
import dev.parallax.common.ApiException;
import dev.parallax.common.web.Htmx;
import dev.parallax.common.web.RowChunk;
import dev.parallax.edit.EditService;
import dev.parallax.story.Revision;
import dev.parallax.edit.StaleRevisionException;
import dev.parallax.story.Paragraph;
import dev.parallax.story.ParagraphStatus;
import dev.parallax.story.Story;
import dev.parallax.story.StoryService;
import dev.parallax.story.Version;
import dev.parallax.story.VersionKind;
import dev.parallax.user.Role;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
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
import java.util.ArrayList;
import java.util.List;

/**
 * Side-by-side translation: a source version beside a target version, the target edited paragraph by
 * paragraph. Every action is a plain link or form; htmx swaps single paragraphs and a little script adds
 * the keyboard (Enter edits, Ctrl+Enter saves and moves on, Esc cancels, ? shows help).
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class TranslatePage {

    /** One target paragraph as the page shows it. */
    public record TargetParagraph(long version, int index, String text, String status, int revision, String language,
                                  String direction) {
        public boolean empty() {
            return text.isEmpty();
        }

        public String id() {
            return "t-" + version + "-" + index;
        }
    }

    /** A row of the translation table: the source cell and the target's paragraphs in it. */
    public record TranslationRow(int number, List<String> source, List<TargetParagraph> target) {
        public boolean approved() {
            return !target.isEmpty() && target.stream().allMatch(t -> t.status().equals(ParagraphStatus.APPROVED.label()));
        }
    }

    /**
     * What the editor shows: the paragraph, the text in the box and, after a stale save, theirs with who saved it
     * and when ({@code theirsBy}, "browser-translator, 2026-12-01 17:20 UTC").
     */
    public record Editor(TargetParagraph paragraph, String text, String theirs, String theirsBy, String message, String back) {
        Editor(TargetParagraph paragraph, String text, String theirs, String message, String back) {
            this(paragraph, text, theirs, null, message, back);
        }

        /** The status offered on save: a draft that gets text becomes "translated", anything else keeps its status. */
        public String suggestedStatus() {
            return paragraph.status().equals(ParagraphStatus.DRAFT.label()) ? ParagraphStatus.TRANSLATED.label() : paragraph.status();
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance translate(Story story, List<Version> all, Version source, Version target,
                                                 RowChunk<TranslationRow> window, boolean hideApproved, List<String> statuses,
                                                 String back, String query);

        static native TemplateInstance translate$rows(Version source, Version target,
                                                      RowChunk<TranslationRow> window, String back, String query);

        static native TemplateInstance paragraph(TargetParagraph paragraph, String back);

        static native TemplateInstance editor(Editor editor, List<String> statuses);

        static native TemplateInstance editorPage(Story story, Editor editor, List<String> statuses, List<String> source);

        static native TemplateInstance history(Version version, Paragraph paragraph, List<Revision> revisions, String back);
    }

    static final List<String> STATUSES = java.util.Arrays.stream(ParagraphStatus.values()).map(ParagraphStatus::label).toList();

    @Inject
    StoryService stories;
    @Inject
    AlignmentService alignments;
    @Inject
    EditService edits;

    @GET
    @Path("stories/{id}/translate")
    public TemplateInstance translate(@PathParam("id") long storyId, @QueryParam("source") Long sourceId,
                                      @QueryParam("target") Long targetId, @QueryParam("hide") String hide,
                                      @QueryParam("from") Integer from, @QueryParam("paragraph") Integer paragraph) {
        Story story = stories.story(storyId);
        Version target = targetId != null ? stories.version(targetId) : null;
        Version source = sourceId != null ? stories.version(sourceId)
                : target != null && target.liveTranslationOf() != null ? target.liveTranslationOf() : null;
        if (source == null && target == null) {
            // open on the first translation beside its source, if the story has one
            target = story.versions.stream().filter(v -> v.liveTranslationOf() != null).findFirst().orElse(null);
            source = target != null ? target.liveTranslationOf() : defaultSource(story);
        }
        if (target == null) {
            target = defaultTarget(story, source);
        }
        boolean hideApproved = "approved".equals(hide);
        List<TranslationRow> rows = rows(storyId, source, target, hideApproved);
        // the first screen starts at the row asked for, or at the row holding a target paragraph (a #t-… link), else at the top
        int start = from != null && from > 0 ? from : 0;
        if (paragraph != null) {
            start = rows.stream().filter(r -> r.target().stream().anyMatch(t -> t.index() == paragraph))
                    .mapToInt(TranslationRow::number).findFirst().orElse(start);
        }
        return Templates.translate(story, story.versions, source, target, RowChunk.of(rows, TranslationRow::number, start,
                RowChunk.FIRST_SCREEN), hideApproved, STATUSES, back(storyId, source, target, hideApproved),
                query(source, target, hideApproved));
    }

    /** The next rows from row {@code from}, for htmx (the table's last row asks when it is revealed). */
    @GET
    @Path("stories/{id}/translate/rows")
    public TemplateInstance translateRows(@PathParam("id") long storyId, @QueryParam("source") Long sourceId,
                                          @QueryParam("target") Long targetId, @QueryParam("hide") String hide,
                                          @QueryParam("from") Integer from) {
        stories.story(storyId);
        if (sourceId == null || targetId == null) {
            throw ApiException.badRequest("Missing version", "Say which versions to show (source=…&target=…).");
        }
        RowChunk.chunkStart(from, "row");
        Version source = stories.version(sourceId);
        Version target = stories.version(targetId);
        if (!source.story.id.equals(storyId) || !target.story.id.equals(storyId)) {
            throw ApiException.badRequest("Wrong story", "Both versions must belong to story " + storyId + ".");
        }
        boolean hideApproved = "approved".equals(hide);
        List<TranslationRow> rows = rows(storyId, source, target, hideApproved);
        return Templates.translate$rows(source, target, RowChunk.of(rows, TranslationRow::number, from, RowChunk.CHUNK),
                back(storyId, source, target, hideApproved), query(source, target, hideApproved));
    }

    /** Every row of the translation table (those the reader shows), source beside target. */
    private List<TranslationRow> rows(long storyId, Version source, Version target, boolean hideApproved) {
        List<TranslationRow> rows = new ArrayList<>();
        if (source == null || target == null) {
            return rows;
        }
        if (source.id.equals(target.id)) {
            throw ApiException.badRequest("Same version", "Pick two different versions: a source and a target.");
        }
        StoryAlignment alignment = alignments.align(storyId, List.of(source.id, target.id));
        for (var row : alignment.rowViews()) {
            List<String> sourceTexts = row.cells().get(0).paragraphs().stream().map(p -> p.text()).toList();
            List<TargetParagraph> targets = row.cells().get(1).paragraphs().stream()
                    .map(p -> view(target.paragraphs.get(p.index()))).toList();
            TranslationRow r = new TranslationRow(row.number(), sourceTexts, targets);
            if (!(hideApproved && r.approved())) {
                rows.add(r);
            }
        }
        return rows;
    }

    private static String query(Version source, Version target, boolean hideApproved) {
        return "source=" + (source == null ? "" : source.id) + "&target=" + (target == null ? "" : target.id)
                + (hideApproved ? "&hide=approved" : "");
    }

    private static String back(long storyId, Version source, Version target, boolean hideApproved) {
        return "/stories/" + storyId + "/translate?" + query(source, target, hideApproved);
    }

    /** Starts a translation of a version and opens it beside its source. */
    @POST
    @Path("stories/{id}/translate/new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.TRANSLATOR_NAME)
    public Response startTranslation(@PathParam("id") long storyId, @RestForm long source, @RestForm String language,
                                     @RestForm String outlet, @RestForm String title) {
        Version target = edits.startTranslation(source, language, outlet, title);
        return Response.seeOther(URI.create("/stories/" + storyId + "/translate?source=" + source + "&target=" + target.id)).build();
    }

    /** The editor for one paragraph: a fragment for htmx, a whole page otherwise. */
    @GET
    @Path("versions/{v}/paragraphs/{i}/edit")
    @RolesAllowed(Role.TRANSLATOR_NAME)
    public TemplateInstance editor(@PathParam("v") long versionId, @PathParam("i") int index, @QueryParam("back") String back,
                                   @HeaderParam(Htmx.REQUEST) String htmx, @HeaderParam(Htmx.BOOSTED) String boosted) {
        Paragraph p = edits.paragraph(versionId, index);
        Editor editor = new Editor(view(p), p.text, null, null, safeBack(back, p));
        return Htmx.wantsFragment(htmx, boosted) ? Templates.editor(editor, STATUSES) : editorPage(p, editor);
    }

    /** One paragraph as displayed (what Esc brings back). */
    @GET
    @Path("versions/{v}/paragraphs/{i}/view")
    public TemplateInstance paragraphView(@PathParam("v") long versionId, @PathParam("i") int index, @QueryParam("back") String back) {
        Paragraph p = edits.paragraph(versionId, index);
        return Templates.paragraph(view(p), safeBack(back, p));
    }

    @POST
    @Path("versions/{v}/paragraphs/{i}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.TRANSLATOR_NAME)
    public Response save(@PathParam("v") long versionId, @PathParam("i") int index, @RestForm String text, @RestForm String status,
                         @RestForm Integer baseRevision, @RestForm String back, @HeaderParam(Htmx.REQUEST) String htmx,
                         @HeaderParam(Htmx.BOOSTED) String boosted) {
        try {
            Paragraph saved = edits.save(versionId, index, text, status, baseRevision);
            String backTo = safeBack(back, saved);
            if (Htmx.wantsFragment(htmx, boosted)) {
                return Response.ok(Templates.paragraph(view(saved), backTo))
                        .header("HX-Trigger", "{\"parallax:saved\": \"" + view(saved).id() + "\"}").build();
            }
            return Response.seeOther(URI.create(backTo + "#" + view(saved).id())).build();
        } catch (StaleRevisionException stale) {
            Paragraph current = edits.paragraph(versionId, index);
            Editor editor = new Editor(view(current), text, stale.currentText(), savedBy(current),
                    "Someone saved this paragraph while you were editing it. Their text is shown; yours is in the editor"
                            + " and in the paragraph's history. Merge them and save again.", safeBack(back, current));
            TemplateInstance page = Htmx.wantsFragment(htmx, boosted) ? Templates.editor(editor, STATUSES) : editorPage(current, editor);
            return Response.status(409).entity(page).build();
        } catch (ApiException e) {
            Paragraph current = edits.paragraph(versionId, index);
            Editor editor = new Editor(view(current), text, null, e.message(), safeBack(back, current));
            TemplateInstance page = Htmx.wantsFragment(htmx, boosted) ? Templates.editor(editor, STATUSES) : editorPage(current, editor);
            return Response.status(e.status()).entity(page).build();
        }
    }

    @GET
    @Path("versions/{v}/paragraphs/{i}/history")
    public TemplateInstance history(@PathParam("v") long versionId, @PathParam("i") int index, @QueryParam("back") String back) {
        Paragraph p = edits.paragraph(versionId, index);
        List<Revision> revisions = new ArrayList<>(edits.history(versionId, index));
        java.util.Collections.reverse(revisions);
        return Templates.history(p.version, p, revisions, safeBack(back, p));
    }

    @POST
    @Path("versions/{v}/paragraphs/{i}/revisions/{rev}/restore")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.TRANSLATOR_NAME)
    public Response restore(@PathParam("v") long versionId, @PathParam("i") int index, @PathParam("rev") long revision,
                            @RestForm String back) {
        Paragraph p = edits.restore(versionId, index, revision, null);
        return dev.parallax.common.web.Flash.seeOther("/versions/" + versionId + "/paragraphs/" + index + "/history?back="
                + java.net.URLEncoder.encode(safeBack(back, p), java.nio.charset.StandardCharsets.UTF_8),
                "Restored: paragraph " + (index + 1) + " is now at revision " + p.revision + ".");
    }

    // ---- helpers ----

    /** Who saved the paragraph's current revision, and when: what a translator needs to settle a conflict. */
    private String savedBy(Paragraph current) {
        List<Revision> revisions = edits.history(current.version.id, current.ordinal);
        for (int i = revisions.size() - 1; i >= 0; i--) {
            Revision r = revisions.get(i);
            if (r.number == current.revision) {
                return (r.author == null ? "someone" : r.author) + ", " + TemplateExtensions.minutes(r.createdAt);
            }
        }
        return null;
    }

    private TemplateInstance editorPage(Paragraph p, Editor editor) {
        Version version = p.version;
        List<String> source = new ArrayList<>();
        Version of = version.liveTranslationOf();
        if (of != null && p.ordinal < of.paragraphs.size()) {
            source.add(of.paragraphs.get(p.ordinal).text);
        }
        return Templates.editorPage(version.story, editor, STATUSES, source);
    }

    static TargetParagraph view(Paragraph p) {
        return new TargetParagraph(p.version.id, p.ordinal, p.text, p.status.label(), p.revision, p.version.language, p.version.direction());
    }

    /** Only a path of this site, so a crafted link cannot send the user elsewhere after saving. */
    private static String safeBack(String back, Paragraph p) {
        if (back != null && back.startsWith("/") && !back.startsWith("//")) {
            return back;
        }
        return "/stories/" + p.version.story.id + "/translate?target=" + p.version.id;
    }

    private static Version defaultSource(Story story) {
        return story.versions.stream().filter(v -> v.kind == VersionKind.ORIGINAL).findFirst()
                .orElse(story.versions.isEmpty() ? null : story.versions.get(0));
    }

    private static Version defaultTarget(Story story, Version source) {
        if (source == null) {
            return null;
        }
        return story.versions.stream().filter(v -> v.liveTranslationOf() != null && v.liveTranslationOf().id.equals(source.id))
                .findFirst().orElse(story.versions.stream().filter(v -> !v.id.equals(source.id)).findFirst().orElse(null));
    }
}
