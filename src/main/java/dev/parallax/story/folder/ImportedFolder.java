package dev.parallax.story.folder;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** Remembers that a story folder was imported, so deleting its story does not bring it back at restart. */
@Entity
@Table(name = "imported_folder")
public class ImportedFolder {

    @Id
    public String slug;

    @Column(name = "imported_at", nullable = false)
    public OffsetDateTime importedAt;

    public ImportedFolder() {
    }

    public ImportedFolder(String slug, OffsetDateTime importedAt) {
        this.slug = slug;
        this.importedAt = importedAt;
    }
}
