package dev.parallax.story;

import dev.parallax.text.LanguageTags;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** One outlet's or one translator's text of a story, in one language. */
@Entity
@Table(name = "story_version")
public class Version extends SoftDeleted implements StoryContent {

    @Id
    @SequenceGenerator(name = "story_version_seq", sequenceName = "story_version_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "story_version_seq")
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "story_id")
    public Story story;

    /** Position among the story's versions (0-based); the first original is the default base. */
    @Column(nullable = false)
    public int ordinal;

    /** The version's key in its story folder ("sana.en"), kept so a re-export names files the same. */
    @Column(name = "version_key")
    public String key;

    @Column(nullable = false)
    public String outlet;

    /** BCP 47 tag, canonical form. */
    @Column(nullable = false)
    public String language;

    public String title;

    @Column(nullable = false)
    public VersionKind kind = VersionKind.ORIGINAL;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "translation_of_id")
    public Version translationOf;

    @Column(name = "source_url")
    public String sourceUrl;

    @Column(name = "published_at")
    public LocalDate publishedAt;

    @OneToMany(mappedBy = "version", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("ordinal")
    public List<Paragraph> paragraphs = new ArrayList<>();

    /** The version this translates, unless that one was deleted. */
    public Version liveTranslationOf() {
        return translationOf == null || translationOf.deletedAt != null ? null : translationOf;
    }

    public String direction() {
        return LanguageTags.direction(language);
    }

    public String languageName() {
        return LanguageTags.displayName(language);
    }

    /** A short label for column headers and lists: "SANA · ar". */
    public String label() {
        return outlet + " · " + language;
    }

    @Override
    public Long storyOfChange() {
        return story == null ? null : story.id;
    }
}
