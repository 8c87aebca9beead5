package dev.parallax.compare.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.align.AlignmentService;
import dev.parallax.align.AlignmentService.ParagraphRef;
import dev.parallax.align.AlignmentService.SentenceRow;
import dev.parallax.align.StoryAlignment;
import dev.parallax.align.api.AlignmentApi;
import dev.parallax.common.ApiException;
import dev.parallax.common.web.Flash;
import dev.parallax.compare.CompareService;
import dev.parallax.compare.CrossLanguageLinks;
import dev.parallax.compare.web.DiffView;
import dev.parallax.story.Story;
import dev.parallax.story.StoryService;
import dev.parallax.story.Version;
import dev.parallax.compare.engine.WordLinks;
import dev.parallax.user.CurrentUser;
import io.quarkus.csrf.reactive.runtime.CsrfTokenParameterProvider;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateInstance;
import dev.parallax.user.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.net.URI;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The "Aligned" page: a story's versions side by side, one row per aligned group, with the editor's
 * corrections as plain forms (htmx boosts them), and how each cell's wording differs from the base's:
 * marks, flags, similarity, a divergence overview and filters by flag type.
 */
@Path("/stories/{id}/aligned")
@Produces(MediaType.TEXT_HTML)
public class AlignedPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance aligned(Story story, StoryAlignment alignment, List<Version> all, String versions,
                                               int sentencesRow, List<SentenceRow> sentences, String error, DiffView diff,
                                               RowWindow window, boolean canEdit, String csrfToken, RawString differencesHtml,
                                               RawString rowsHtml);

        static native TemplateInstance aligned$rows(StoryAlignment alignment, String versions, int sentencesRow,
                                                    List<SentenceRow> sentences, DiffView diff, RowWindow window,
                                                    boolean canEdit, String csrfToken);

        static native TemplateInstance aligned$differences(StoryAlignment alignment, DiffView diff);

        static native TemplateInstance aligned$sentences(StoryAlignment alignment, int sentencesRow, List<SentenceRow> sentences);

        static native TemplateInstance aligned$changed(StoryAlignment alignment, String versions, int sentencesRow,
                                                       List<SentenceRow> sentences, DiffView diff, RowWindow window,
                                                       boolean canEdit, String csrfToken, RowChange change, String message);
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    AlignmentService alignments;
    @Inject
    StoryService stories;
    @Inject
    CompareService compare;
    @Inject
    AlignedViews views;
    @Inject
    CrossLanguageLinks links;
    @Inject
    Realignment realignment;
    @Inject
    AlignedHtml html;
    @Inject
    CsrfTokenParameterProvider csrf;
    @Inject
    CurrentUser user;

    /**
     * @param v       the versions ticked in the picker (any order)
     * @param base    the base version, which orders the rows
     * @param versions the same choice as "base,other,…" (what links and forms carry)
     */
    @GET
    public TemplateInstance page(@PathParam("id") long id, @RestQuery List<String> v, @QueryParam("base") String base,
                                 @QueryParam("versions") String versions, @QueryParam("sentences") Integer sentencesRow,
                                 @QueryParam("flag") String flag, @QueryParam("view") String view, @QueryParam("from") Integer from) {
        // ids typed or mangled in the address are refused with a 400 that says so, not a conversion failure
        List<Long> ticked = v == null ? null : AlignmentApi.parseIds(String.join(",", v));
        Long baseId = base == null || base.isBlank() ? null : AlignmentApi.parseIds(base).get(0);
        AlignedViews.View data = views.view(id, "v=" + ticked + ";base=" + baseId + ";versions=" + versions,
                () -> choose(stories.story(id), ticked, baseId, versions));
        Story story = data.story();
        StoryAlignment alignment = data.alignment();
        int row = sentencesRow == null || sentencesRow < 0 || sentencesRow >= alignment.rows().size() ? -1 : sentencesRow;
        String csv = csv(alignment.versionIds());
        WordLinks wordLinks = links.links();
        DiffView diff = new DiffView(data.differences(), flag, "plain".equals(view), csv, wordLinks);
        // the first screen starts at the row asked for (a link to a far row, its sentences), else at the top
        int start = Math.min(from != null && from > 0 ? from : Math.max(row, 0), alignment.rows().size());
        boolean edit = user.isCanEdit();
        RowWindow window = RowWindow.of(alignment, diff, start, RowWindow.FIRST_SCREEN);
        RawString rows = html.get(key(data, wordLinks, "rows", edit, diff, start, RowWindow.FIRST_SCREEN, row), () -> {
            List<SentenceRow> sentences = row < 0 ? List.<SentenceRow>of() : alignments.sentences(alignment, row);
            return Templates.aligned$rows(alignment, csv, row, sentences, diff, window, edit, AlignedHtml.TOKEN).render();
        });
        return Templates.aligned(story, alignment, story.versions, csv, row, List.of(), null, diff, window, edit, AlignedHtml.TOKEN,
                differences(data, wordLinks, diff), rows);
    }

    /** The differences panel (overview, flag counts, filters): the same for every reader of a view. */
    private RawString differences(AlignedViews.View data, WordLinks wordLinks, DiffView diff) {
        return html.get(key(data, wordLinks, "differences", false, diff, -1, 0, -1),
                () -> Templates.aligned$differences(data.alignment(), diff).render());
    }

    private static AlignedHtml.Key key(AlignedViews.View data, WordLinks wordLinks, String part, boolean edit, DiffView diff,
                                       int from, int size, int opened) {
        return data.key() == null ? null
                : new AlignedHtml.Key(data.key(), wordLinks, part, edit, diff.filterKey(), diff.plain(), from, size, opened);
    }

    /** The next rows from row {@code from}, as table rows for htmx (the page's last row asks when it is revealed). */
    @GET
    @Path("rows")
    public Response rows(@PathParam("id") long id, @QueryParam("versions") String versions, @QueryParam("from") Integer from,
                                 @QueryParam("flag") String flag, @QueryParam("view") String view) {
        if (from == null || from < 0) {
            stories.story(id);
            throw ApiException.badRequest("Invalid row", "Say from which row to continue (from=0…).");
        }
        AlignedViews.View data = views.view(id, "versions=" + versions, () -> AlignmentApi.parseIds(versions));
        StoryAlignment alignment = data.alignment();
        String csv = csv(alignment.versionIds());
        WordLinks wordLinks = links.links();
        DiffView diff = new DiffView(data.differences(), flag, "plain".equals(view), csv, wordLinks);
        int start = Math.min(from, alignment.rows().size());
        boolean edit = user.isCanEdit();
        return Response.ok(html.get(key(data, wordLinks, "rows", edit, diff, start, RowWindow.CHUNK, -1),
                () -> Templates.aligned$rows(alignment, csv, -1, List.of(), diff, RowWindow.of(alignment, diff, start, RowWindow.CHUNK),
                        edit, AlignedHtml.TOKEN).render()).toString(), MediaType.TEXT_HTML_TYPE).build();
    }

    /** The sentences of one row, as a fragment for htmx. */
    @GET
    @Path("rows/{row}/sentences")
    public TemplateInstance sentences(@PathParam("id") long id, @PathParam("row") int row, @QueryParam("versions") String versions) {
        StoryAlignment alignment = alignments.align(id, AlignmentApi.parseIds(versions));
        if (row < 0 || row >= alignment.rows().size()) {
            throw ApiException.notFound("Row", row);
        }
        return Templates.aligned$sentences(alignment, row, alignments.sentences(alignment, row));
    }

    @POST
    @Path("{action: confirm|release|merge|split}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.EDITOR_NAME)
    public Response rowAction(@PathParam("id") long id, @PathParam("action") String action, @RestForm String versions,
                              @RestForm int row, @RestForm String cells, @RestForm List<Integer> at, @BeanParam Shown shown) {
        List<Long> ids = AlignmentApi.parseIds(versions);
        List<List<Integer>> expected = parseCells(cells);
        String message = switch (action) {
            case "confirm" -> "Row " + (row + 1) + " confirmed.";
            case "release" -> "Row " + (row + 1) + " released: the aligner places its paragraphs again.";
            case "merge" -> "Rows " + (row + 1) + " and " + (row + 2) + " merged.";
            default -> "Row " + (row + 1) + " split.";
        };
        return apply(id, versions, row, message, shown, () -> switch (action) {
            case "confirm" -> alignments.confirm(id, ids, row, expected);
            case "release" -> alignments.release(id, ids, row, expected);
            case "merge" -> alignments.mergeWithNext(id, ids, row, expected);
            default -> alignments.split(id, ids, row, at, expected);
        });
    }

    @POST
    @Path("unlink")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.EDITOR_NAME)
    public Response unlink(@PathParam("id") long id, @RestForm String versions, @RestForm int row,
                           @RestForm long version, @RestForm int index, @BeanParam Shown shown) {
        return apply(id, versions, row, "Paragraph " + (index + 1) + " unlinked: it stands in a row of its own.", shown,
                () -> alignments.unlink(id, AlignmentApi.parseIds(versions), new ParagraphRef(version, index)));
    }

    /** Links the paragraphs picked in the form: field {@code p<versionId>} holds an index or is empty. */
    @POST
    @Path("link")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.EDITOR_NAME)
    public Response link(@PathParam("id") long id, @RestForm String versions, @RestForm List<String> picks,
                         @RestForm List<String> pickVersion, @RestForm List<String> pickNumber, @BeanParam Shown shown) {
        List<Long> ids = AlignmentApi.parseIds(versions);
        return apply(id, versions, -1, "Paragraphs linked in one row.", shown, () -> {
            List<ParagraphRef> refs = picked(picks);
            refs.addAll(numbered(pickVersion, pickNumber));
            return alignments.link(id, ids, refs);
        });
    }

    /**
     * A long version's pick: its id and a paragraph number from 1, side by side (the form asks long versions for a
     * number instead of listing thousands of paragraphs); an empty number is no pick, anything else not a number is
     * refused inline (400).
     */
    private static List<ParagraphRef> numbered(List<String> versionIds, List<String> numbers) {
        List<ParagraphRef> refs = new ArrayList<>();
        if (versionIds == null || numbers == null) {
            return refs;
        }
        for (int k = 0; k < Math.min(versionIds.size(), numbers.size()); k++) {
            String number = numbers.get(k) == null ? "" : numbers.get(k).strip();
            if (number.isEmpty()) {
                continue;
            }
            try {
                int n = Integer.parseInt(number);
                if (n < 1) {
                    throw new NumberFormatException();
                }
                refs.add(new ParagraphRef(Long.parseLong(versionIds.get(k).strip()), n - 1));
            } catch (NumberFormatException e) {
                throw ApiException.badRequest("Invalid paragraph", "'" + number + "' is not a paragraph number (1, 2, 3 …).");
            }
        }
        return refs;
    }

    /** "versionId:index" per picker; a pick that is not two numbers is refused inline (400), not a server error. */
    private static List<ParagraphRef> picked(List<String> picks) {
        List<ParagraphRef> refs = new ArrayList<>();
        for (String pick : picks == null ? List.<String>of() : picks) {
            if (pick != null && pick.contains(":")) {
                String[] parts = pick.split(":", 2);
                try {
                    refs.add(new ParagraphRef(Long.parseLong(parts[0].strip()), Integer.parseInt(parts[1].strip())));
                } catch (NumberFormatException e) {
                    throw ApiException.badRequest("Invalid paragraph",
                            "'" + pick + "' does not name a paragraph (version id and paragraph number, as 12:3).");
                }
            }
        }
        return refs;
    }

    /** Re-aligns the story in the background: the job's page shows the progress, then links back here. */
    @POST
    @Path("realign")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @jakarta.annotation.security.RolesAllowed(dev.parallax.user.Role.TRANSLATOR_NAME)
    public Response realign(@PathParam("id") long id, @RestForm String versions) {
        return Response.seeOther(URI.create("/jobs/" + realignment.start(id, versions).id())).build();
    }

    /**
     * What the page's script sends beside a correction (aligned-rows.js): the rows it has loaded and the view, so
     * that the answer holds only the rows the correction changed instead of a whole page that loses the reader's
     * place. Without them (no script) the form posts and the page is shown again at the row.
     */
    public static class Shown {
        /** "first-last": the numbers of the first and last rows the page holds. */
        @RestForm
        public String shown;
        @RestForm
        public String flag;
        @RestForm
        public String view;

        int[] range() {
            if (shown == null || !shown.matches("\\d{1,7}-\\d{1,7}")) {
                return null;
            }
            String[] parts = shown.split("-");
            return new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1])};
        }
    }

    private Response apply(long id, String versions, int row, String message, Shown shown,
                           java.util.function.Supplier<StoryAlignment> correction) {
        int[] range = shown == null ? null : shown.range();
        try {
            if (range != null) {
                StoryAlignment before = alignments.align(id, AlignmentApi.parseIds(versions));
                StoryAlignment after = correction.get();
                RowChange change = RowChange.between(before, after, range[0], range[1]);
                String csv = csv(after.versionIds());
                DiffView diff = new DiffView(compare.differences(after), shown.flag, "plain".equals(shown.view), csv, links.links());
                return Response.ok(Templates.aligned$changed(after, csv, -1, List.of(), diff, change.window(after, diff),
                        user.isCanEdit(), csrf.getToken(), change, message)).build();
            }
            correction.get();
            String anchor = row >= 0 ? "#row-" + row : "";
            return Flash.seeOther("/stories/" + id + "/aligned?versions=" + versions + anchor, message);
        } catch (ApiException e) {
            if (range != null) {
                throw e;
            }
            Story story = stories.story(id);
            StoryAlignment alignment = alignments.align(id, AlignmentApi.parseIds(versions));
            String error = e.message();
            DiffView diff = new DiffView(compare.differences(alignment), null, false, versions, links.links());
            RowWindow window = RowWindow.of(alignment, diff, Math.max(row, 0), RowWindow.FIRST_SCREEN);
            boolean edit = user.isCanEdit();
            String token = csrf.getToken();
            return Response.status(e.status())
                    .entity(Templates.aligned(story, alignment, story.versions, versions, -1, List.of(), error, diff, window, edit, token,
                            new RawString(Templates.aligned$differences(alignment, diff).render()),
                            new RawString(Templates.aligned$rows(alignment, versions, -1, List.of(), diff, window, edit, token).render())))
                    .build();
        }
    }

    private static List<Long> choose(Story story, List<Long> ticked, Long base, String versions) {
        if (versions != null && !versions.isBlank()) {
            return AlignmentApi.parseIds(versions);
        }
        if (ticked == null || ticked.isEmpty()) {
            if (base == null) {
                return List.of();
            }
            ticked = story.versions.stream().map(v -> v.id).toList();
        }
        List<Long> chosen = new ArrayList<>();
        if (base != null) {
            chosen.add(base);
        }
        for (Version v : story.versions) {
            if (ticked.contains(v.id) && !chosen.contains(v.id)) {
                chosen.add(v.id);
            }
        }
        return chosen;
    }

    private static List<List<Integer>> parseCells(String cells) {
        if (cells == null || cells.isBlank()) {
            return null;
        }
        try {
            return JSON.readValue(cells, new TypeReference<>() {
            });
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest("Invalid row", "The row's cells are not a list of paragraph lists.");
        }
    }

    static String csv(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}
