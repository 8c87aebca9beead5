package dev.parallax.align;

import dev.parallax.story.Paragraph;
import dev.parallax.story.Story;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;

/**
 * A fact an editor stated about two paragraphs (by id, so it survives edits elsewhere): the link between
 * them is {@code confirmed} (they share a row, and it reads confirmed), or they stay {@code apart} (never in
 * one row). Stored once per pair, the smaller paragraph id first.
 */
@Entity
@Table(name = "alignment_link")
public class AlignmentLink extends PanacheEntityBase implements dev.parallax.story.StoryContent {

    public static final String CONFIRMED = "confirmed";
    public static final String APART = "apart";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "story_id", nullable = false)
    public long storyId;

    @Column(name = "paragraph_a", nullable = false)
    public long paragraphA;

    @Column(name = "paragraph_b", nullable = false)
    public long paragraphB;

    @Column(nullable = false)
    public String kind;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    public static List<AlignmentLink> ofStory(long storyId) {
        return list("storyId", storyId);
    }

    /** Records the link unless it is already there. */
    public static void add(Story story, Paragraph a, Paragraph b, String kind) {
        long x = Math.min(a.id, b.id), y = Math.max(a.id, b.id);
        if (x == y || count("paragraphA = ?1 and paragraphB = ?2 and kind = ?3", x, y, kind) > 0) {
            return;
        }
        AlignmentLink link = new AlignmentLink();
        link.storyId = story.id;
        link.paragraphA = x;
        link.paragraphB = y;
        link.kind = kind;
        link.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        link.persist();
    }

    /** Confirms every link between paragraphs of different versions among these. */
    public static void confirmAll(Story story, Collection<Paragraph> paragraphs) {
        List<Paragraph> list = List.copyOf(paragraphs);
        for (int i = 0; i < list.size(); i++) {
            for (int j = i + 1; j < list.size(); j++) {
                if (!list.get(i).version.id.equals(list.get(j).version.id)) {
                    add(story, list.get(i), list.get(j), CONFIRMED);
                }
            }
        }
    }

    /** The links of this kind touching any of these paragraphs. */
    public static List<AlignmentLink> touching(Collection<Long> paragraphIds, String kind) {
        if (paragraphIds.isEmpty()) {
            return List.of();
        }
        return list("kind = ?1 and (paragraphA in ?2 or paragraphB in ?2)", kind, paragraphIds);
    }

    public boolean touches(long paragraphId) {
        return paragraphA == paragraphId || paragraphB == paragraphId;
    }

    public long other(long paragraphId) {
        return paragraphA == paragraphId ? paragraphB : paragraphA;
    }

    @Override
    public Long storyOfChange() {
        return storyId;
    }
}
