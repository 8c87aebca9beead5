package dev.parallax.memory.web;

import dev.parallax.common.ApiException;
import dev.parallax.memory.MemoryService;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.ArrayList;
import java.util.List;

/**
 * The search page (full text across every story, filtered by language, outlet, story and date, each hit one click
 * from its aligned row) and the concordance page (a phrase with the aligned counterparts side by side). Read-only.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class SearchPages {

    /** The filters as the form shows them. */
    public record SearchForm(String q, String language, String outlet, String story, String from, String to) {
        public boolean asked() {
            return q != null;
        }
    }

    /** A piece of a hit's text, marked when it is what was searched for. */
    public record Piece(String text, boolean hit) {
    }

    public record Hit(MemoryService.PlacedHit hit, List<Piece> pieces) {
        public String direction() {
            return dev.parallax.text.LanguageTags.direction(hit.ref().language());
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance search(SearchForm form, int total, List<Hit> hits, String error);

        static native TemplateInstance concordance(String q, String language, List<Hit> hits, String error);
    }

    @Inject
    MemoryService service;

    @GET
    @Path("search")
    public Response search(@QueryParam("q") String q, @QueryParam("language") String language, @QueryParam("outlet") String outlet,
                           @QueryParam("story") String story, @QueryParam("from") String from, @QueryParam("to") String to) {
        SearchForm form = new SearchForm(q, language, outlet, story, from, to);
        if (q == null) {
            return Response.ok(Templates.search(form, 0, List.of(), null)).build();
        }
        try {
            Long storyId = null;
            if (story != null && !story.isBlank()) {
                try {
                    storyId = Long.parseLong(story.strip());
                } catch (NumberFormatException e) {
                    throw ApiException.badRequest("Invalid story", "story is a story's number, not '" + story + "'.");
                }
            }
            MemoryService.SearchResult result = service.search(q, language, outlet, storyId, from, to, 50);
            return Response.ok(Templates.search(form, result.total(), hits(result.hits(), false), null)).build();
        } catch (ApiException e) {
            return Response.status(400).entity(Templates.search(form, 0, List.of(), e.message())).build();
        }
    }

    @GET
    @Path("concordance")
    public Response concordance(@QueryParam("q") String q, @QueryParam("language") String language) {
        if (q == null) {
            return Response.ok(Templates.concordance(null, language, List.of(), null)).build();
        }
        try {
            return Response.ok(Templates.concordance(q, language, hits(service.concordance(q, language, 100), true), null)).build();
        } catch (ApiException e) {
            return Response.status(400).entity(Templates.concordance(q, language, List.of(), e.message())).build();
        }
    }

    private static List<Hit> hits(List<MemoryService.PlacedHit> placed, boolean whole) {
        List<Hit> out = new ArrayList<>();
        for (MemoryService.PlacedHit h : placed) {
            out.add(new Hit(h, pieces(whole ? h.text() : h.snippet(), h.text(), h.spans(), whole)));
        }
        return out;
    }

    /** Cuts the text into marked and unmarked pieces; for a snippet, marks the searched words it shows. */
    static List<Piece> pieces(String shown, String text, List<int[]> spans, boolean whole) {
        List<Piece> out = new ArrayList<>();
        if (whole) {
            int at = 0;
            for (int[] s : spans) {
                if (s[0] < at) {
                    continue;
                }
                out.add(new Piece(text.substring(at, s[0]), false));
                out.add(new Piece(text.substring(s[0], s[1]), true));
                at = s[1];
            }
            out.add(new Piece(text.substring(at), false));
            return out;
        }
        List<String> marked = spans.stream().map(s -> text.substring(s[0], s[1])).toList();
        String rest = shown;
        while (!rest.isEmpty()) {
            int best = -1;
            String which = null;
            for (String m : marked) {
                int i = rest.indexOf(m);
                if (i >= 0 && (best < 0 || i < best)) {
                    best = i;
                    which = m;
                }
            }
            if (best < 0) {
                out.add(new Piece(rest, false));
                break;
            }
            out.add(new Piece(rest.substring(0, best), false));
            out.add(new Piece(which, true));
            rest = rest.substring(best + which.length());
        }
        return out;
    }
}
