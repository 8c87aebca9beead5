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

/** A LanguageTool rule a user turned off for one story (its matches are hidden in every version). */
@Entity
@Table(name = "grammar_disabled_rule")
public class DisabledRule extends PanacheEntityBase {

    @Id
    @SequenceGenerator(name = "grammar_disabled_rule_seq", sequenceName = "grammar_disabled_rule_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "grammar_disabled_rule_seq")
    public Long id;

    @Column(name = "story_id", nullable = false)
    public long storyId;

    @Column(name = "rule_id", nullable = false)
    public String ruleId;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
}
