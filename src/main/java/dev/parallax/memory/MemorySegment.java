package dev.parallax.memory;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One source–target pair of a named memory. */
@Entity
@Table(name = "memory_segment")
public class MemorySegment extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "memory_id", nullable = false)
    public long memoryId;

    @Column(name = "source_language", nullable = false)
    public String sourceLanguage;

    @Column(name = "target_language", nullable = false)
    public String targetLanguage;

    @Column(name = "source_text", nullable = false)
    public String sourceText;

    @Column(name = "target_text", nullable = false)
    public String targetText;
}
