package dev.parallax.intake;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** Whether a version read from the web is re-fetched on a schedule, when, and how the last check went. */
@Entity
@Table(name = "version_watch")
public class VersionWatch extends PanacheEntityBase {

    @Id
    @Column(name = "version_id")
    public Long versionId;

    public boolean watched;

    @Column(name = "interval_seconds", nullable = false)
    public int intervalSeconds = 3600;

    @Column(name = "next_check_at")
    public OffsetDateTime nextCheckAt;

    public int claims;

    @Column(name = "last_checked_at")
    public OffsetDateTime lastCheckedAt;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "last_error_at")
    public OffsetDateTime lastErrorAt;

    public String etag;

    @Column(name = "last_modified")
    public String lastModified;

    public int intervalMinutes() {
        return intervalSeconds / 60;
    }
}
