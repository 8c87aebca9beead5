package dev.parallax.align;

import dev.parallax.align.engine.Aligner;
import dev.parallax.align.engine.Alignment;
import dev.parallax.align.engine.FixedRow;
import dev.parallax.align.engine.TextVersion;
import dev.parallax.align.engine.score.CorpusLexicon;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Remembers the last alignment of each set of versions, so a page view costs nothing when nothing
 * changed, and an edit of some paragraphs' text re-aligns only the rows around them.
 */
@ApplicationScoped
public class AlignmentCache {

    private static final int CAPACITY = 128;

    /** Prometheus: parallax_alignment_seconds{kind="full"|"local"}; answers from the cache are not timed. */
    private static final io.micrometer.core.instrument.Timer FULL_TIMER = io.micrometer.core.instrument.Timer
            .builder("parallax.alignment").description("Aligning versions (from scratch, or only around edits)")
            .tag("kind", "full").publishPercentileHistogram().register(io.micrometer.core.instrument.Metrics.globalRegistry);
    private static final io.micrometer.core.instrument.Timer LOCAL_TIMER = io.micrometer.core.instrument.Timer
            .builder("parallax.alignment").description("Aligning versions (from scratch, or only around edits)")
            .tag("kind", "local").publishPercentileHistogram().register(io.micrometer.core.instrument.Metrics.globalRegistry);

    private volatile Aligner aligner = new Aligner();
    private final Map<String, Entry> entries = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
            return size() > CAPACITY;
        }
    };

    /** One row's sentence alignment by the row's cells (ids, languages, texts): the API asks for every row's on each call. */
    private final Map<List<TextVersion>, dev.parallax.align.engine.SentenceAlignment> sentences =
            new LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<List<TextVersion>, dev.parallax.align.engine.SentenceAlignment> eldest) {
                    return size() > SENTENCE_CAPACITY;
                }
            };
    private static final int SENTENCE_CAPACITY = 10_000;

    private final java.util.concurrent.atomic.AtomicLong full = new java.util.concurrent.atomic.AtomicLong();
    private final java.util.concurrent.atomic.AtomicLong local = new java.util.concurrent.atomic.AtomicLong();

    /** How many alignments were computed from scratch and how many re-aligned only around edits. */
    public record Stats(long full, long local) {
    }

    public Stats stats() {
        return new Stats(full.get(), local.get());
    }

    private record Entry(Aligner aligner, List<TextVersion> versions, List<FixedRow> fixed, Alignment alignment) {
    }

    /** Forgets every alignment (what a restart does); corrections live in the database and survive. */
    public void clear() {
        synchronized (entries) {
            entries.clear();
            sentences.clear();
        }
    }

    /**
     * The sentences of one row aligned across its cells, remembered by the cells' texts: a row whose text did
     * not change (on this instance or another) is not aligned again; one that did is a new key.
     */
    public dev.parallax.align.engine.SentenceAlignment alignSentences(List<TextVersion> cells) {
        Aligner aligner = this.aligner;
        dev.parallax.align.engine.SentenceAlignment hit;
        synchronized (entries) {
            hit = sentences.get(cells);
        }
        if (hit != null) {
            return hit;
        }
        dev.parallax.align.engine.SentenceAlignment aligned = aligner.alignSentences(cells);
        synchronized (entries) {
            if (aligner == this.aligner) { // not made with a word list replaced meanwhile
                sentences.put(List.copyOf(cells), aligned);
            }
        }
        return aligned;
    }

    public Aligner aligner() {
        return aligner;
    }

    /**
     * Aligns from now on with this word list (see {@link WorkbenchLexicon}) and forgets every alignment
     * made without it, so that no view mixes rows of both.
     */
    public void useLexicon(CorpusLexicon lexicon) {
        synchronized (entries) {
            aligner = new Aligner().withLexicon(lexicon);
            entries.clear();
            sentences.clear();
        }
    }

    public Alignment align(List<TextVersion> versions, List<FixedRow> fixed) {
        Aligner aligner = this.aligner;
        String key = versions.stream().map(TextVersion::id).reduce((a, b) -> a + "," + b).orElse("");
        Entry previous;
        synchronized (entries) {
            previous = entries.get(key);
        }
        if (previous != null && previous.aligner != aligner) {
            previous = null; // made with another word list
        }
        Alignment alignment;
        if (previous != null && previous.versions.equals(versions) && previous.fixed.equals(fixed)) {
            return previous.alignment;
        } else if (previous != null && previous.fixed.equals(fixed) && sameSizes(previous.versions, versions)) {
            Entry before = previous;
            alignment = LOCAL_TIMER.record(() -> aligner.realign(before.alignment, versions, fixed, changed(before.versions, versions)));
            local.incrementAndGet();
        } else {
            alignment = FULL_TIMER.record(() -> aligner.align(versions, fixed));
            full.incrementAndGet();
        }
        synchronized (entries) {
            entries.put(key, new Entry(aligner, versions, fixed, alignment));
        }
        return alignment;
    }

    /** Same paragraph counts and languages: only texts changed, so a local re-alignment suffices. */
    private static boolean sameSizes(List<TextVersion> a, List<TextVersion> b) {
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i).size() != b.get(i).size() || !a.get(i).language().equals(b.get(i).language())) {
                return false;
            }
        }
        return true;
    }

    private static List<Set<Integer>> changed(List<TextVersion> before, List<TextVersion> after) {
        List<Set<Integer>> changed = new ArrayList<>();
        for (int v = 0; v < after.size(); v++) {
            Set<Integer> indices = new HashSet<>();
            List<String> old = before.get(v).paragraphs();
            List<String> now = after.get(v).paragraphs();
            for (int p = 0; p < now.size(); p++) {
                if (!Objects.equals(old.get(p), now.get(p))) {
                    indices.add(p);
                }
            }
            changed.add(indices);
        }
        return changed;
    }
}
