package dev.parallax.term;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** Remembers that a starter termbase was loaded, so a restart never loads it again over the users' edits. */
@Entity
@Table(name = "termbase_import")
public class TermbaseImport {

    @Id
    public String name;

    @Column(name = "imported_at", nullable = false)
    public OffsetDateTime importedAt;

    public TermbaseImport() {
    }

    public TermbaseImport(String name, OffsetDateTime importedAt) {
        this.name = name;
        this.importedAt = importedAt;
    }
}
