package dev.parallax.term;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One language's wording of a concept, with its status (preferred, admitted, forbidden). */
@Entity
@Table(name = "term_entry")
public class Term extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "concept_id")
    public Concept concept;

    @Column(name = "sort_order", nullable = false)
    public int sortOrder;

    @Column(nullable = false)
    public String language;

    @Column(name = "term_text", nullable = false)
    public String text;

    /** The text folded (dev.parallax.term.engine.TermFolding#foldPhrase), for search. */
    @Column(name = "term_folded", nullable = false)
    public String folded;

    @Column(nullable = false)
    public String status;

    @Column(name = "part_of_speech")
    public String partOfSpeech;

    public String outlet;

    public String note;
}
