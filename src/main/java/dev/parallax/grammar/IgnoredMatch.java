package dev.parallax.grammar;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** A match a user chose to ignore; it applies while the paragraph's text hash is still {@link #textHash}. */
@Entity
@Table(name = "grammar_ignored_match")
public class IgnoredMatch extends PanacheEntityBase {

    @Id
    @SequenceGenerator(name = "grammar_ignored_match_seq", sequenceName = "grammar_ignored_match_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "grammar_ignored_match_seq")
    public Long id;

    @Column(name = "story_id", nullable = false)
    public long storyId;

    @Column(name = "version_id", nullable = false)
    public long versionId;

    @Column(name = "text_hash", nullable = false)
    public String textHash;

    @Column(name = "rule_id", nullable = false)
    public String ruleId;

    @Column(name = "match_offset", nullable = false)
    public int matchOffset;

    @Column(name = "matched_text", nullable = false)
    public String matchedText;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
}
