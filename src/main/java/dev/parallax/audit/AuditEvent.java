package dev.parallax.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.OffsetDateTime;

/** One line of the audit trail. Immutable: Hibernate never writes an update for it, and nothing deletes it. */
@Entity
@Immutable
@Table(name = "audit_event")
public class AuditEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public OffsetDateTime at;

    /** Who: a user name, "anonymous" for a reader, "system" for startup work. */
    @Column(nullable = false)
    public String actor;

    /** From where: the client's IP address (the proxy's unless quarkus.http.proxy.* trusts it). */
    public String address;

    /** What kind of event: one of {@link AuditAction}'s keys. */
    @Column(nullable = false)
    public String action;

    /** What it was done to: "user editor1", "story 12", "version 40 of story 12". */
    public String target;

    /** The particulars: a new role, a format, the reason of a failure. Never a password. */
    public String detail;

    public AuditAction kind() {
        return AuditAction.of(action);
    }
}
