package dev.parallax.term.web;

import dev.parallax.common.ApiException;
import dev.parallax.common.web.Flash;
import dev.parallax.term.Concept;
import dev.parallax.term.Term;
import dev.parallax.term.TermService;
import dev.parallax.term.engine.ConceptData;
import dev.parallax.term.engine.Domain;
import dev.parallax.term.engine.TermData;
import dev.parallax.term.engine.TermStatus;
import dev.parallax.text.LanguageTags;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The termbase page: browse and search concepts in any language; editors add, edit and delete them. */
@Path("/terms")
@Produces(MediaType.TEXT_HTML)
public class TermsPage {

    static final int LIST_LIMIT = 200;
    static final int BLANK_ROWS = 3;

    /** One term row of the form, as typed. */
    public record Row(String language, String text, String status, String outlet, String note, String partOfSpeech) {
        public String dir() {
            return language == null || language.isBlank() ? "auto" : LanguageTags.direction(language);
        }
    }

    /** The concept form, as typed (kept as typed when it is refused). */
    public record Form(Long id, String key, String domain, String definition, List<Row> rows) {
    }

    public record TermView(String language, String dir, String text, String status, String outlet, String note, String partOfSpeech) {
    }

    public record ConceptView(long id, String key, String domain, String definition, List<TermView> terms) {
        public String action() {
            return "/terms/" + id;
        }

        static ConceptView of(Concept c) {
            List<TermView> terms = new ArrayList<>();
            for (Term t : c.terms) {
                terms.add(new TermView(t.language, LanguageTags.direction(t.language), t.text, t.status, t.outlet, t.note, t.partOfSpeech));
            }
            return new ConceptView(c.id, c.key, c.domain, c.definition, terms);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance terms(List<ConceptView> concepts, String q, String language, long total, boolean more,
                                             Form form, String error, List<String> domains, List<String> statuses);

        static native TemplateInstance concept(ConceptView concept, Form form, String error, List<String> domains,
                                               List<String> statuses);
    }

    @Inject
    TermService terms;

    static final List<String> DOMAINS = Arrays.stream(Domain.values()).map(Domain::key).toList();
    static final List<String> STATUSES = Arrays.stream(TermStatus.values()).map(TermStatus::key).toList();

    /** {@code add} and {@code addLanguage} prefill the new concept with a text selected on another page. */
    @GET
    public TemplateInstance list(@QueryParam("q") String q, @QueryParam("language") String language, @QueryParam("add") String add,
                                 @QueryParam("addLanguage") String addLanguage) {
        List<Row> rows = new ArrayList<>();
        if (add != null && !add.isBlank()) {
            String text = add.strip();
            rows.add(new Row(addLanguage == null ? "" : addLanguage.strip(), text.length() > 300 ? text.substring(0, 300) : text,
                    "preferred", "", "", ""));
        }
        return page(q, language, new Form(null, "", "general", "", withBlanks(rows)), null);
    }

    @GET
    @Path("{id}")
    public TemplateInstance concept(@PathParam("id") long id) {
        Concept c = terms.get(id);
        ConceptView view = ConceptView.of(c);
        List<Row> rows = new ArrayList<>();
        for (TermView t : view.terms()) {
            rows.add(new Row(t.language(), t.text(), t.status(), t.outlet(), t.note(), t.partOfSpeech()));
        }
        return Templates.concept(view, new Form(c.id, c.key, c.domain, c.definition, withBlanks(rows)), null, DOMAINS, STATUSES);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.EDITOR_NAME)
    public Response create(@RestForm String domain, @RestForm String definition, @RestForm List<String> language,
                           @RestForm List<String> text, @RestForm List<String> status, @RestForm List<String> outlet,
                           @RestForm List<String> note, @RestForm List<String> partOfSpeech) {
        Form form = form(null, domain, definition, language, text, status, outlet, note, partOfSpeech);
        try {
            Concept c = terms.create(data(form));
            return Flash.seeOther("/terms/" + c.id, "Added the concept " + c.key + ".");
        } catch (ApiException e) {
            return Response.status(e.status()).entity(page(null, null, form, e.message())).build();
        }
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.EDITOR_NAME)
    public Response update(@PathParam("id") long id, @RestForm String domain, @RestForm String definition,
                           @RestForm List<String> language, @RestForm List<String> text, @RestForm List<String> status,
                           @RestForm List<String> outlet, @RestForm List<String> note, @RestForm List<String> partOfSpeech) {
        Form form = form(id, domain, definition, language, text, status, outlet, note, partOfSpeech);
        try {
            terms.update(id, data(form));
            return Flash.seeOther("/terms/" + id, "Saved the concept.");
        } catch (ApiException e) {
            if (e.status() == 404) {
                throw e;
            }
            Concept c = terms.get(id);
            return Response.status(e.status()).entity(Templates.concept(ConceptView.of(c),
                    new Form(id, c.key, form.domain(), form.definition(), form.rows()), e.message(), DOMAINS, STATUSES))
                    .build();
        }
    }

    @POST
    @Path("{id}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.EDITOR_NAME)
    public Response delete(@PathParam("id") long id) {
        Concept c = terms.get(id);
        String key = c.key;
        terms.delete(id);
        return Flash.seeOther("/terms", "Deleted the concept " + key + ".");
    }

    private TemplateInstance page(String q, String language, Form form, String error) {
        List<Concept> found = terms.search(q, language, LIST_LIMIT + 1);
        boolean more = found.size() > LIST_LIMIT;
        List<ConceptView> views = found.stream().limit(LIST_LIMIT).map(ConceptView::of).toList();
        return Templates.terms(views, q == null ? "" : q, language == null ? "" : language, terms.count(), more, form, error,
                DOMAINS, STATUSES);
    }

    private static List<Row> withBlanks(List<Row> rows) {
        List<Row> out = new ArrayList<>(rows);
        for (int i = 0; i < BLANK_ROWS; i++) {
            out.add(new Row("", "", i == 0 && rows.isEmpty() ? "preferred" : "admitted", "", "", ""));
        }
        return out;
    }

    private static Form form(Long id, String domain, String definition, List<String> language, List<String> text,
                             List<String> status, List<String> outlet, List<String> note, List<String> partOfSpeech) {
        List<Row> rows = new ArrayList<>();
        int n = text == null ? 0 : text.size();
        for (int i = 0; i < n; i++) {
            rows.add(new Row(at(language, i), at(text, i), at(status, i), at(outlet, i), at(note, i), at(partOfSpeech, i)));
        }
        return new Form(id, "", domain == null ? "" : domain, definition == null ? "" : definition, rows);
    }

    private static String at(List<String> values, int i) {
        return values == null || i >= values.size() || values.get(i) == null ? "" : values.get(i);
    }

    /** The typed rows with a term; a row with a term but no language is left to the service to refuse. */
    private static ConceptData data(Form form) {
        List<TermData> list = new ArrayList<>();
        int n = 0;
        for (Row r : form.rows()) {
            n++;
            if (r.text().isBlank() && r.language().isBlank()) {
                continue;
            }
            TermStatus s = TermStatus.parse(r.status());
            if (s == null) {
                throw ApiException.badRequest("Invalid concept", "row " + n + ": choose a status (preferred, admitted, forbidden).");
            }
            list.add(new TermData(r.language(), r.text(), s, r.partOfSpeech(), r.outlet(), r.note()));
        }
        Domain d = Domain.parse(form.domain());
        return new ConceptData(null, d, form.definition(), list, "the concept");
    }
}
