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

/** A cached LanguageTool result: the matches (JSON) of one text in one language under one rule setting. */
@Entity
@Table(name = "grammar_check")
public class GrammarCheck extends PanacheEntityBase {

    @Id
    @SequenceGenerator(name = "grammar_check_seq", sequenceName = "grammar_check_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "grammar_check_seq")
    public Long id;

    @Column(nullable = false)
    public String language;

    @Column(nullable = false)
    public String settings;

    @Column(name = "text_hash", nullable = false)
    public String textHash;

    @Column(nullable = false)
    public String matches;

    @Column(name = "checked_at", nullable = false)
    public OffsetDateTime checkedAt;
}
