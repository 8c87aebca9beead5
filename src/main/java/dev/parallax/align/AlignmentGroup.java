package dev.parallax.align;

import dev.parallax.story.Paragraph;
import dev.parallax.story.Story;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Paragraphs an editor fixed in one row (confirmed, or linked by hand). Stored across all the story's
 * versions, so a correction made while viewing some versions holds in any view that shows them.
 */
@Entity
@Table(name = "alignment_group")
public class AlignmentGroup extends PanacheEntityBase implements dev.parallax.story.StoryContent {

    @Id
    @SequenceGenerator(name = "alignment_group_seq", sequenceName = "alignment_group_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "alignment_group_seq")
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "story_id")
    public Story story;

    @Column(nullable = false)
    public boolean confirmed;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    /** Ids of the versions on screen when the row was fixed, comma-separated (null: the versions of its paragraphs). */
    public String scope;

    public java.util.Set<Long> scopeIds() {
        java.util.Set<Long> ids = new java.util.HashSet<>();
        if (scope != null && !scope.isBlank()) {
            for (String id : scope.split(",")) {
                ids.add(Long.parseLong(id.strip()));
            }
        }
        paragraphs.forEach(p -> ids.add(p.version.id));
        return ids;
    }

    public void scope(java.util.Collection<Long> versionIds) {
        scope = String.join(",", versionIds.stream().map(String::valueOf).toList());
    }

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "alignment_group_paragraph",
            joinColumns = @JoinColumn(name = "group_id"),
            inverseJoinColumns = @JoinColumn(name = "paragraph_id"))
    public Set<Paragraph> paragraphs = new HashSet<>();

    /**
     * A row fixed by an editor, a new translation or an import: these paragraphs of the story, confirmed or only kept
     * together, as of {@code at}; not yet persisted, and seen from the versions of its paragraphs until
     * {@link #scope(java.util.Collection)} names the versions that were on screen. The one place groups are made.
     */
    public static AlignmentGroup of(Story story, java.util.Collection<Paragraph> members, boolean confirmed, OffsetDateTime at) {
        AlignmentGroup group = new AlignmentGroup();
        group.story = story;
        group.confirmed = confirmed;
        group.createdAt = at;
        group.paragraphs.addAll(members);
        return group;
    }

    /** The group a paragraph is fixed in, if any (a paragraph sits in one group at most). */
    public static java.util.Optional<AlignmentGroup> containing(Paragraph paragraph) {
        return containingAny(List.of(paragraph.id)).stream().findFirst();
    }

    /** The groups holding any of these paragraphs. */
    public static List<AlignmentGroup> containingAny(java.util.Collection<Long> paragraphIds) {
        if (paragraphIds.isEmpty()) {
            return List.of();
        }
        return list("select distinct g from AlignmentGroup g join g.paragraphs p where p.id in ?1", paragraphIds);
    }

    public static List<AlignmentGroup> ofStory(Story story) {
        return list("story", story);
    }

    @Override
    public Long storyOfChange() {
        return story == null ? null : story.id;
    }
}
