package dev.parallax.intake;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.List;

/** One distinct text of a version's web page, as fetched; number 1 is the text it was added with. */
@Entity
@Table(name = "version_snapshot")
public class Snapshot extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "version_id", nullable = false)
    public Long versionId;

    @Column(name = "story_id", nullable = false)
    public Long storyId;

    @Column(nullable = false)
    public int number;

    @Column(name = "fetched_at", nullable = false)
    public OffsetDateTime fetchedAt;

    @Column(nullable = false)
    public String url;

    public String title;

    /** The article's paragraphs separated by blank lines. */
    @Column(nullable = false)
    public String text;

    /** False for the first snapshot, true for every later one (only a changed text makes a snapshot). */
    public boolean changed;

    /** Whether the version's text was brought up to this snapshot (not when someone had edited it since). */
    public boolean applied;

    /** How many flags (numbers, names, quotes, attribution, negation…) this snapshot raised against the previous. */
    public int flags;

    public static List<Snapshot> ofVersion(long versionId) {
        return list("versionId = ?1 order by number", versionId);
    }

    public static Snapshot latest(long versionId) {
        return find("versionId = ?1 order by number desc", versionId).firstResult();
    }

    public List<String> paragraphs() {
        return dev.parallax.text.Paragraphs.split(text);
    }
}
