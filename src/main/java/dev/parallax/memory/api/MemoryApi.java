package dev.parallax.memory.api;

import dev.parallax.memory.MemoryService;
import dev.parallax.memory.NamedMemory;
import dev.parallax.memory.TranslationMemory;
import dev.parallax.memory.engine.MemoryIndex;
import dev.parallax.memory.engine.WordDiff;
import dev.parallax.user.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON API of the translation memory, search, concordance and named memories (README, "Translation memory"). */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class MemoryApi {

    public record MatchJson(double score, String source, String target, Map<String, Object> origin, String status,
                            String updatedAt, List<MemoryIndex.Substitution> substitutions, List<WordDiff.Op> diff) {
    }

    public record Matches(List<MatchJson> matches) {
    }

    public record SearchHit(long story, String storyTitle, long version, String outlet, String language, LocalDate date,
                            int index, String snippet, String row) {
    }

    public record SearchAnswer(int total, List<SearchHit> hits) {
    }

    public record CounterpartJson(long version, String outlet, String language, String text) {
    }

    public record ConcordanceHit(long story, String storyTitle, long version, String outlet, String language, int index,
                                 String text, String row, List<CounterpartJson> counterparts) {
    }

    public record ConcordanceAnswer(List<ConcordanceHit> hits) {
    }

    public record MemoryJson(long id, String name, boolean enabled, int segments, String createdAt, String createdBy) {
        public static MemoryJson of(NamedMemory m) {
            return new MemoryJson(m.id, m.name, m.enabled, m.segments, m.createdAt.toInstant().toString(), m.createdBy);
        }
    }

    public record Switch(@NotNull(message = "say true to use the memory or false to set it aside") Boolean enabled) {
    }

    @Inject
    MemoryService service;

    @GET
    @Path("api/memory/matches")
    public Matches matches(@QueryParam("source") String source, @QueryParam("target") String target,
                           @QueryParam("text") String text, @QueryParam("min") Double min, @QueryParam("limit") Integer limit) {
        List<MatchJson> out = new ArrayList<>();
        for (MemoryIndex.Match m : service.matches(source, target, text, min, limit)) {
            out.add(json(m));
        }
        return new Matches(out);
    }

    public static MatchJson json(MemoryIndex.Match m) {
        Map<String, Object> origin = new LinkedHashMap<>();
        if (m.segment().origin() instanceof TranslationMemory.StoryOrigin o) {
            origin.put("story", o.story());
            origin.put("storyTitle", o.storyTitle());
            origin.put("sourceVersion", o.sourceVersion());
            origin.put("targetVersion", o.targetVersion());
            origin.put("index", o.index());
        } else if (m.segment().origin() instanceof TranslationMemory.MemoryOrigin o) {
            origin.put("memory", o.name());
            origin.put("memoryId", o.memory());
        }
        String updated = m.segment().updatedAt() == 0 ? null : Instant.ofEpochMilli(m.segment().updatedAt()).toString();
        return new MatchJson(m.score(), m.segment().source(), m.target(), origin, m.segment().status(), updated,
                m.substitutions(), m.diff());
    }

    public record Prefilled(List<Integer> filled) {
    }

    public record PrefillRequest(@NotNull(message = "say which translation to pre-fill") Long version) {
    }

    /** Fills the empty paragraphs of a translation that have an exact match of an approved segment (as drafts). */
    @POST
    @Path("api/memory/prefill")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.TRANSLATOR_NAME)
    public Prefilled prefill(@Valid @NotNull(message = "Say which translation to pre-fill (\\{\"version\": …\\}).") PrefillRequest body) {
        return new Prefilled(service.prefill(body.version()));
    }

    @GET
    @Path("api/search")
    public SearchAnswer search(@QueryParam("q") String q, @QueryParam("language") String language,
                               @QueryParam("outlet") String outlet, @QueryParam("story") Long story,
                               @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("limit") Integer limit) {
        MemoryService.SearchResult result = service.search(q, language, outlet, story, from, to, limit);
        List<SearchHit> hits = new ArrayList<>();
        for (MemoryService.PlacedHit h : result.hits()) {
            hits.add(new SearchHit(h.ref().story(), h.ref().storyTitle(), h.ref().version(), h.ref().outlet(), h.ref().language(),
                    h.ref().date(), h.ref().index(), h.snippet(), h.rowLink()));
        }
        return new SearchAnswer(result.total(), hits);
    }

    @GET
    @Path("api/concordance")
    public ConcordanceAnswer concordance(@QueryParam("q") String q, @QueryParam("language") String language,
                                         @QueryParam("limit") Integer limit) {
        List<ConcordanceHit> hits = new ArrayList<>();
        for (MemoryService.PlacedHit h : service.concordance(q, language, limit)) {
            hits.add(new ConcordanceHit(h.ref().story(), h.ref().storyTitle(), h.ref().version(), h.ref().outlet(),
                    h.ref().language(), h.ref().index(), h.text(), h.rowLink(),
                    h.counterparts().stream().map(c -> new CounterpartJson(c.version(), c.outlet(), c.language(), c.text())).toList()));
        }
        return new ConcordanceAnswer(hits);
    }

    @GET
    @Path("api/memories")
    public List<MemoryJson> memories() {
        return service.memories().stream().map(MemoryJson::of).toList();
    }

    /** A TMX file as the body: a new named memory, all or nothing. */
    @POST
    @Path("api/memories")
    @Consumes({"application/x-tmx+xml", MediaType.APPLICATION_XML, MediaType.TEXT_XML, MediaType.APPLICATION_OCTET_STREAM})
    @RolesAllowed(Role.TRANSLATOR_NAME)
    public Response importTmx(@QueryParam("name") String name, byte[] body) {
        NamedMemory m = service.importTmx(name, body);
        return Response.created(URI.create("/api/memories/" + m.id)).entity(MemoryJson.of(m)).build();
    }

    /** Switches a memory on or off: {@code {"enabled": false}}. */
    @PATCH
    @Path("api/memories/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.TRANSLATOR_NAME)
    public MemoryJson setEnabled(@PathParam("id") long id, @Valid @NotNull(message = "Send \\{\"enabled\": true\\} or \\{\"enabled\": false\\}.") Switch body) {
        return MemoryJson.of(service.setEnabled(id, body.enabled()));
    }

    @DELETE
    @Path("api/memories/{id}")
    @RolesAllowed(Role.TRANSLATOR_NAME)
    public Response delete(@PathParam("id") long id) {
        service.delete(id);
        return Response.noContent().build();
    }
}
