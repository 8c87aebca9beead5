package dev.parallax.story;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

/**
 * One change to a paragraph: who, when, the text before and after, the status. A save refused as stale
 * is kept as kind {@code conflict} (number 0), so the text a user typed is never lost.
 */
@Entity
@Table(name = "revision")
public class Revision extends PanacheEntityBase {

    /** {@code FETCHED}: the outlet changed the page the version was read from (issue 17's watch). */
    public enum Kind { CREATE, EDIT, RESTORE, SPLIT, MERGE, INSERT, DELETE, CONFLICT, FETCHED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "paragraph_id")
    public Long paragraphId;

    @Column(name = "version_id", nullable = false)
    public Long versionId;

    /** The paragraph's revision number this change produced (0 for a refused save). */
    @Column(nullable = false)
    public int number;

    @Column(nullable = false)
    public String kind;

    @Column(nullable = false)
    public String text;

    @Column(name = "previous_text")
    public String previousText;

    public String status;

    @Column(nullable = false)
    public String author;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    /**
     * The revision a change to this paragraph produces, not yet persisted: the paragraph's text, status and revision
     * number as they now stand, the text before the change ({@code null} for a new paragraph), who and when. The one
     * place revisions are made, for every feature that changes paragraphs.
     */
    public static Revision of(Paragraph p, Kind kind, String previousText, String author, OffsetDateTime at) {
        Revision r = new Revision();
        r.paragraphId = p.id;
        r.versionId = p.version.id;
        r.number = p.revision;
        r.kind = kind.name().toLowerCase(Locale.ROOT);
        r.text = p.text;
        r.previousText = previousText;
        r.status = p.status.label();
        r.author = author;
        r.createdAt = at;
        return r;
    }

    public static List<Revision> ofParagraph(long paragraphId) {
        return list("paragraphId = ?1 order by createdAt, id", paragraphId);
    }
}
