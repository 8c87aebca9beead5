package dev.parallax.story;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One paragraph of a version, at a 0-based position. */
@Entity
@Table(name = "paragraph")
public class Paragraph extends PanacheEntityBase implements StoryContent {

    @Id
    @SequenceGenerator(name = "paragraph_seq", sequenceName = "paragraph_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "paragraph_seq")
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "version_id")
    public Version version;

    @Column(nullable = false)
    public int ordinal;

    @Column(nullable = false)
    public String text;

    /** The number of the revision the text is at; a save must name it (optimistic locking). */
    @Column(nullable = false)
    public int revision = 1;

    @Column(nullable = false)
    public ParagraphStatus status = ParagraphStatus.DRAFT;

    public Paragraph() {
    }

    public Paragraph(Version version, int ordinal, String text) {
        this.version = version;
        this.ordinal = ordinal;
        this.text = text;
    }

    @Override
    public Long storyOfChange() {
        return version == null ? null : version.storyOfChange();
    }
}
