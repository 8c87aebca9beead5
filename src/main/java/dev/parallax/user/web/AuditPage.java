package dev.parallax.user.web;

import dev.parallax.audit.AuditAction;
import dev.parallax.audit.AuditEvent;
import dev.parallax.audit.AuditLog;
import dev.parallax.common.ApiException;
import dev.parallax.user.Role;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;

/** The audit trail for admins: newest first, filtered by who, what, when and target; as CSV. Read-only. */
@Path("/admin/audit")
@RolesAllowed(Role.ADMIN_NAME)
public class AuditPage {

    static final int PAGE_SIZE = 50;
    static final int CSV_LIMIT = 100_000;

    /** The filter as the form shows it. */
    public record Form(String actor, String action, String from, String to, String target) {
        public String query() {
            StringBuilder q = new StringBuilder();
            append(q, "actor", actor);
            append(q, "action", action);
            append(q, "from", from);
            append(q, "to", to);
            append(q, "target", target);
            return q.toString();
        }

        private static void append(StringBuilder q, String name, String value) {
            if (value != null && !value.isBlank()) {
                q.append(q.isEmpty() ? "" : "&").append(name).append('=')
                        .append(java.net.URLEncoder.encode(value.strip(), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance audit(List<AuditEvent> events, long total, int page, int pages, Form form,
                                             List<AuditAction> actions, String error);
    }

    @Inject
    AuditLog audit;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response page(@QueryParam("actor") String actor, @QueryParam("action") String action, @QueryParam("from") String from,
                         @QueryParam("to") String to, @QueryParam("target") String target, @QueryParam("page") Integer page) {
        Form form = new Form(actor, action, from, to, target);
        List<AuditAction> actions = Arrays.asList(AuditAction.values());
        AuditLog.Filter filter;
        try {
            filter = filter(form);
        } catch (ApiException e) {
            return Response.status(400).entity(Templates.audit(List.of(), 0, 0, 0, form, actions, e.message())).build();
        }
        long total = audit.count(filter);
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int p = page == null ? 0 : Math.max(0, Math.min(page, pages - 1));
        return Response.ok(Templates.audit(audit.search(filter, p, PAGE_SIZE), total, p, pages, form, actions, null)).build();
    }

    @GET
    @Path("csv")
    @Produces("text/csv")
    public Response csv(@QueryParam("actor") String actor, @QueryParam("action") String action, @QueryParam("from") String from,
                        @QueryParam("to") String to, @QueryParam("target") String target) {
        AuditLog.Filter filter = filter(new Form(actor, action, from, to, target));
        StringBuilder out = new StringBuilder("time (UTC),user,address,action,target,detail\r\n");
        for (AuditEvent e : audit.export(filter, CSV_LIMIT)) {
            out.append(cell(e.at.toString())).append(',').append(cell(e.actor)).append(',').append(cell(e.address)).append(',')
                    .append(cell(e.action)).append(',').append(cell(e.target)).append(',').append(cell(e.detail)).append("\r\n");
        }
        return Response.ok(out.toString(), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"parallax-audit.csv\"").build();
    }

    static AuditLog.Filter filter(Form form) {
        if (form.action() != null && !form.action().isBlank() && AuditAction.of(form.action().strip()) == null) {
            throw ApiException.badRequest("Invalid action", "'" + form.action() + "' is not a kind of audit event.");
        }
        return new AuditLog.Filter(form.actor(), form.action(), date(form.from(), "from"), date(form.to(), "to"), form.target());
    }

    private static LocalDate date(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("Invalid date", "'" + value + "' in '" + field + "' is not a date like 2026-05-08.");
        }
    }

    /** RFC 4180 quoting, and a leading ' before = + - @ so no spreadsheet runs a cell as a formula. */
    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String v = value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            v = "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
