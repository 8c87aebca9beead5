package dev.parallax.story;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

import java.time.OffsetDateTime;

/**
 * The audit and soft-delete columns a story and a version share, declared once (same column names in both tables):
 * when the row was made and last changed, and, once deleted, when and by whom. A deleted row stays, hidden from every
 * view and restorable by an admin, until it is purged after {@code parallax.trash-retention-days}.
 */
@MappedSuperclass
public abstract class SoftDeleted extends PanacheEntityBase {

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    /** Set when deleted: the row stays, restorable by an admin, until purged after the retention period. */
    @Column(name = "deleted_at")
    public OffsetDateTime deletedAt;

    @Column(name = "deleted_by")
    public String deletedBy;

    /** Hides the row from every view, noting when and by whom (the trash lists it). */
    public void markDeleted(OffsetDateTime at, String by) {
        deletedAt = at;
        deletedBy = by;
    }

    /** Shows the row again (restored from the trash). */
    public void restore() {
        deletedAt = null;
        deletedBy = null;
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }
}
