package dev.parallax.term.api;

import dev.parallax.common.ApiException;
import dev.parallax.common.ParallaxConfig;
import dev.parallax.term.Concept;
import dev.parallax.term.Term;
import dev.parallax.term.TermCsv;
import dev.parallax.term.TermService;
import dev.parallax.term.TermTbx;
import dev.parallax.term.engine.ConceptData;
import dev.parallax.term.engine.Domain;
import dev.parallax.term.engine.TermCheck;
import dev.parallax.term.engine.TermData;
import dev.parallax.term.engine.TermStatus;
import dev.parallax.user.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The termbase over HTTP: search, add, edit and delete concepts (editors; everyone reads), and exchange as TBX or CSV. */
@Path("/api/terms")
@Produces(MediaType.APPLICATION_JSON)
public class TermApi {

    static final String TBX = "application/x-tbx+xml";

    @Inject
    TermService terms;
    @Inject
    Validator validator;
    @Inject
    ParallaxConfig config;

    public record TermJson(
            @NotBlank(message = "a language tag is required") @Size(max = 35) String language,
            @NotBlank(message = "the term is empty") @Size(max = TermService.MAX_TERM) String text,
            @Pattern(regexp = "(?i)preferred|admitted|forbidden", message = "must be preferred, admitted or forbidden") String status,
            @Size(max = TermService.MAX_POS) String partOfSpeech,
            @Size(max = TermService.MAX_OUTLET) String outlet,
            @Size(max = TermService.MAX_NOTE) String note) {
    }

    /** What a concept's body is; Bean Validation answers with it when the body is missing. */
    static final String CONCEPT_BODY = "The body must be a concept: \\{\"domain\", \"definition\", \"terms\": [...]\\}.";

    public record ConceptRequest(
            @Size(max = 200) String key,
            @NotNull(message = "a domain is required")
            @Pattern(regexp = "(?i)person|place|organi[sz]ation|title|event|general",
                    message = "must be person, place, organisation, title, event or general") String domain,
            @Size(max = TermService.MAX_DEFINITION) String definition,
            @NotEmpty(message = "a concept needs at least one term") List<@Valid @NotNull TermJson> terms) {
    }

    public record ConceptJson(long id, String key, String domain, String definition, List<TermJson> terms) {
        public static ConceptJson of(Concept c) {
            List<TermJson> list = new ArrayList<>();
            for (Term t : c.terms) {
                list.add(new TermJson(t.language, t.text, t.status, t.partOfSpeech, t.outlet, t.note));
            }
            return new ConceptJson(c.id, c.key, c.domain, c.definition, list);
        }
    }

    @GET
    public List<ConceptJson> search(@QueryParam("q") String q, @QueryParam("language") String language,
                                    @QueryParam("limit") @DefaultValue("100") int limit) {
        return terms.search(q, language, Math.max(1, Math.min(limit, 1000))).stream().map(ConceptJson::of).toList();
    }

    @GET
    @Path("{id}")
    public ConceptJson get(@PathParam("id") long id) {
        return ConceptJson.of(terms.get(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.EDITOR_NAME)
    public Response create(@NotNull(message = CONCEPT_BODY) ConceptRequest body) {
        Concept c = terms.create(data(body));
        return Response.created(URI.create("/api/terms/" + c.id)).entity(ConceptJson.of(c)).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.EDITOR_NAME)
    public ConceptJson update(@PathParam("id") long id, @NotNull(message = CONCEPT_BODY) ConceptRequest body) {
        return ConceptJson.of(terms.update(id, data(body)));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Role.EDITOR_NAME)
    public Response delete(@PathParam("id") long id) {
        terms.delete(id);
        return Response.noContent().build();
    }

    /** The source paragraph's concepts with the target language's preferred form (the translate page's hints). */
    @GET
    @Path("hints")
    public List<TermCheck.Hint> hints(@QueryParam("text") String text, @QueryParam("source") String source,
                                      @QueryParam("target") String target) {
        requireLanguages(source, target);
        return TermCheck.hints(terms.index(), clip(text), source, target);
    }

    /** Where a saved target departs from the termbase for its source (forbidden form, concept missing). */
    @GET
    @Path("check")
    public List<TermCheck.Warning> check(@QueryParam("text") String text, @QueryParam("saved") String saved,
                                         @QueryParam("source") String source, @QueryParam("target") String target) {
        requireLanguages(source, target);
        return TermCheck.check(terms.index(), clip(text), source, clip(saved), target);
    }

    private static void requireLanguages(String source, String target) {
        if (source == null || source.isBlank() || target == null || target.isBlank()) {
            throw ApiException.badRequest("Missing language", "source and target language tags are required.");
        }
    }

    private static String clip(String text) {
        return text == null ? "" : text.length() > 20_000 ? text.substring(0, 20_000) : text;
    }

    @GET
    @Path("export")
    @Produces({TBX, "text/csv", MediaType.APPLICATION_XML})
    public Response export(@QueryParam("format") @DefaultValue("tbx") String format) {
        List<ConceptData> all = terms.exportAll();
        return switch (format.toLowerCase(Locale.ROOT)) {
            case "tbx" -> Response.ok(TermTbx.write(all), TBX + ";charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"termbase.tbx\"").build();
            case "csv" -> Response.ok(TermCsv.write(all, "Parallax termbase export").getBytes(StandardCharsets.UTF_8), "text/csv;charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"termbase.csv\"").build();
            default -> throw ApiException.badRequest("Unknown format", "format must be tbx or csv, not '" + format + "'.");
        };
    }

    @POST
    @Path("import")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Role.EDITOR_NAME)
    public TermService.ImportResult importFile(byte[] body, @QueryParam("format") String format) {
        if (body == null || body.length == 0) {
            throw ApiException.badRequest("Empty file", "Send the TBX or CSV file as the request body.");
        }
        if (body.length > config.exchange().maxImportSize().asLongValue()) {
            throw ApiException.tooLarge("The termbase file is larger than " + config.exchange().maxImportSize().asLongValue() + " bytes.");
        }
        String f = format == null ? "" : format.toLowerCase(Locale.ROOT);
        List<ConceptData> concepts = switch (f) {
            case "tbx" -> TermTbx.read(body);
            case "csv" -> TermCsv.read(body);
            default -> throw ApiException.badRequest("Unknown format", "format must be tbx or csv.");
        };
        return terms.importConcepts(concepts);
    }

    /** The request checked with Bean Validation (a 400 naming the field) and turned into the service's terms. */
    ConceptData data(ConceptRequest body) {
        var violations = validator.validate(body);
        if (!violations.isEmpty()) {
            ConstraintViolation<ConceptRequest> v = violations.stream()
                    .min(Comparator.comparing(x -> x.getPropertyPath().toString())).orElseThrow();
            throw ApiException.badRequest("Invalid concept", v.getPropertyPath() + ": " + v.getMessage() + ".");
        }
        List<TermData> list = new ArrayList<>();
        for (TermJson t : body.terms()) {
            list.add(new TermData(t.language(), t.text(), t.status() == null ? TermStatus.ADMITTED : TermStatus.parse(t.status()),
                    t.partOfSpeech(), t.outlet(), t.note()));
        }
        return new ConceptData(body.key(), Domain.parse(body.domain()), body.definition(), list, "the concept");
    }
}
