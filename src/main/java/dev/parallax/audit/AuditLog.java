package dev.parallax.audit;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The audit trail: features call {@link #record} when something worth answering for happens (a sign-in, a
 * role change, a deletion, a restore, an import or export, an alignment correction). Who is the signed-in
 * user, from where the client's address, when the clock; the row is written in the caller's transaction, so
 * an action that fails and rolls back leaves no event claiming it happened. There is no way to change or
 * remove an event through the application.
 *
 * <p>This package sits low (it knows only Quarkus), so every feature can depend on it.
 */
@ApplicationScoped
public class AuditLog {

    private static final Logger LOG = Logger.getLogger(AuditLog.class);

    public static final String ANONYMOUS = "anonymous";
    public static final String SYSTEM = "system";

    /** Filters of the admin page; null or blank fields do not filter. {@code to} is inclusive. */
    public record Filter(String actor, String action, LocalDate from, LocalDate to, String target) {
        public static final Filter NONE = new Filter(null, null, null, null, null);
    }

    /** Records an event by whoever is acting in this request (or "system" outside one). */
    @Transactional
    public void record(AuditAction action, String target, String detail) {
        persist(actor(), address(), action, target, detail);
    }

    /**
     * Records an event from code that must not block (the sign-in path runs on the I/O thread): written soon
     * after on a worker thread, in a transaction of its own.
     */
    public void recordLater(String actor, String address, AuditAction action, String target, String detail) {
        Infrastructure.getDefaultWorkerPool().execute(() -> {
            try {
                QuarkusTransaction.requiringNew().run(() -> persist(actor, address, action, target, detail));
            } catch (RuntimeException e) {
                LOG.errorf(e, "Could not write the audit event %s by %s", action.key(), clean(actor, 100));
            }
        });
    }

    public List<AuditEvent> search(Filter filter, int page, int size) {
        Query q = query(filter);
        return AuditEvent.<AuditEvent>find(q.where, Sort.descending("at", "id"), q.params).page(Page.of(page, size)).list();
    }

    public long count(Filter filter) {
        Query q = query(filter);
        return AuditEvent.count(q.where, q.params);
    }

    /** Every event the filter keeps, oldest first, at most {@code limit} (the CSV export). */
    public List<AuditEvent> export(Filter filter, int limit) {
        Query q = query(filter);
        return AuditEvent.<AuditEvent>find(q.where, Sort.ascending("at", "id"), q.params).range(0, limit - 1).list();
    }

    private record Query(String where, Map<String, Object> params) {
    }

    private static Query query(Filter f) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        where.add("1 = 1");
        if (f.actor() != null && !f.actor().isBlank()) {
            where.add("actor = :actor");
            params.put("actor", f.actor().strip());
        }
        if (f.action() != null && !f.action().isBlank()) {
            where.add("action = :action");
            params.put("action", f.action().strip());
        }
        if (f.from() != null) {
            where.add("at >= :from");
            params.put("from", f.from().atStartOfDay().atOffset(ZoneOffset.UTC));
        }
        if (f.to() != null) {
            where.add("at < :to");
            params.put("to", f.to().plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
        }
        if (f.target() != null && !f.target().isBlank()) {
            where.add("lower(target) like :target");
            params.put("target", "%" + f.target().strip().toLowerCase(java.util.Locale.ROOT)
                    .replace("\\", "").replace("%", "").replace("_", "") + "%");
        }
        return new Query(String.join(" and ", where), params);
    }

    private static void persist(String actor, String address, AuditAction action, String target, String detail) {
        AuditEvent e = new AuditEvent();
        e.at = OffsetDateTime.now(ZoneOffset.UTC);
        e.actor = clean(actor == null || actor.isBlank() ? SYSTEM : actor, 100);
        e.address = clean(address, 64);
        e.action = action.key();
        e.target = clean(target, 300);
        e.detail = clean(detail, 1000);
        e.persist();
    }

    /** No control characters (no forged lines in a CSV or a log), and within the column. */
    static String clean(String value, int max) {
        if (value == null) {
            return null;
        }
        String s = value.replaceAll("\\p{Cntrl}", " ");
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    private static String actor() {
        if (!Arc.container().requestContext().isActive()) {
            String acting = dev.parallax.common.Jobs.actingUser();
            return acting != null ? acting : SYSTEM;
        }
        SecurityIdentity identity = Arc.container().instance(SecurityIdentity.class).get();
        return identity == null || identity.isAnonymous() ? ANONYMOUS : identity.getPrincipal().getName();
    }

    private static String address() {
        if (!Arc.container().requestContext().isActive()) {
            return null;
        }
        CurrentVertxRequest current = Arc.container().instance(CurrentVertxRequest.class).get();
        RoutingContext context = current == null ? null : current.getCurrent();
        return context == null || context.request().remoteAddress() == null ? null : context.request().remoteAddress().host();
    }
}
