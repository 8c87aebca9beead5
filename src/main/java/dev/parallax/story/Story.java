package dev.parallax.story;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.hibernate.annotations.SQLRestriction;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One news event, told by several versions. */
@Entity
@Table(name = "story")
public class Story extends SoftDeleted implements StoryContent {

    @Id
    @SequenceGenerator(name = "story_seq", sequenceName = "story_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "story_seq")
    public Long id;

    @Column(nullable = false, unique = true)
    public String slug;

    @Column(nullable = false)
    public String title;

    /** The story's date: its versions' earliest publication date, or the day it was added (see {@link #refreshDate()}). */
    @Column(name = "story_date", nullable = false)
    public java.time.LocalDate storyDate;

    /** The versions not deleted, in order. */
    @OneToMany(mappedBy = "story", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("ordinal")
    @SQLRestriction("deleted_at is null")
    public List<Version> versions = new ArrayList<>();

    /** Sets {@link #storyDate} from the live versions' publication dates (called wherever they change). */
    public void refreshDate() {
        refreshDate(null);
    }

    /** As {@link #refreshDate()}, counting also {@code restored}, a version brought back that the loaded list lacks. */
    public void refreshDate(Version restored) {
        java.util.stream.Stream<Version> live = restored == null ? versions.stream()
                : java.util.stream.Stream.concat(versions.stream(), java.util.stream.Stream.of(restored));
        storyDate = live.filter(v -> v.deletedAt == null && v.publishedAt != null).map(v -> v.publishedAt)
                .min(java.util.Comparator.naturalOrder())
                .orElse(createdAt == null ? java.time.LocalDate.now(java.time.ZoneOffset.UTC)
                        : createdAt.withOffsetSameInstant(java.time.ZoneOffset.UTC).toLocalDate());
    }

    public static Optional<Story> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    /** Stories not deleted. */
    public static List<Story> listByTitle() {
        return list("deletedAt is null order by lower(title), id");
    }

    @Override
    public Long storyOfChange() {
        return id;
    }
}
