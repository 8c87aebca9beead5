package dev.parallax.term;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** A concept of the termbase: one person, place, organisation, title, event or notion, named in many languages. */
@Entity
@Table(name = "term_concept")
public class Concept extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** The stable id that exchange files use ("person-bashar-al-assad"). */
    @Column(name = "concept_key", nullable = false, unique = true)
    public String key;

    @Column(name = "concept_domain", nullable = false)
    public String domain;

    public String definition;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @OneToMany(mappedBy = "concept", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder")
    public List<Term> terms = new ArrayList<>();
}
