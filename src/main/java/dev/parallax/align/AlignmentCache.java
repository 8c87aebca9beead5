package dev.parallax.align;

import dev.parallax.align.engine.Aligner;
import dev.parallax.align.engine.PairAlignment;
import dev.parallax.align.engine.PairPlan;
import dev.parallax.align.engine.StoryPartition;
import dev.parallax.align.engine.StoryPartition.Corrections;
import dev.parallax.align.engine.TextVersion;
import dev.parallax.align.engine.score.Anchors;
import dev.parallax.align.engine.score.CorpusLexicon;
import dev.parallax.common.Caches;
import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Remembers each story's alignment (its {@link StoryPartition}) and the pairwise alignments it was built
 * from, so a page view costs nothing when nothing changed, and an edit of one version re-aligns only the
 * pairs that involve it. Which pairs are aligned is {@link PairPlan}'s choice (every pair, or a spanning set
 * for long stories). A restart only loses the cache: corrections live in the database. The three caches are
 * quarkus-cache (Caffeine) caches sized in application.properties ({@code alignment-pairs}, {@code alignment-stories},
 * {@code alignment-sentences}); an entry made with an aligner that was replaced meanwhile is never kept.
 */
@ApplicationScoped
public class AlignmentCache {

    /** The sizes outside Quarkus (tests, benchmarks); application.properties sets the same ones. */
    static final int STORIES = 128;
    static final int PAIRS = 4096;
    static final int SENTENCE_ROWS = 10_000;

    private volatile Aligner aligner = new Aligner();
    private volatile CorpusLexicon lexicon = CorpusLexicon.EMPTY;

    /** The termbase as anchors, when a feature above supplies it (see {@link AnchorSource}). */
    @Inject
    Instance<AnchorSource> anchorSources;

    /** Prometheus: parallax_alignment_seconds{kind="pair"|"story"}; answers from the cache are not timed. */
    private static final io.micrometer.core.instrument.Timer PAIR_TIMER = io.micrometer.core.instrument.Timer
            .builder("parallax.alignment").description("Aligning a pair of versions, or building a story's alignment from its pairs")
            .tag("kind", "pair").publishPercentileHistogram().register(io.micrometer.core.instrument.Metrics.globalRegistry);
    private static final io.micrometer.core.instrument.Timer STORY_TIMER = io.micrometer.core.instrument.Timer
            .builder("parallax.alignment").description("Aligning a pair of versions, or building a story's alignment from its pairs")
            .tag("kind", "story").publishPercentileHistogram().register(io.micrometer.core.instrument.Metrics.globalRegistry);

    /** One row's sentence alignment by the row's cells (ids, languages, texts): the API asks for every row's on each call. */
    private final Caches.Store sentences;

    private record PairKey(TextVersion a, TextVersion b) {
    }

    private record StoryEntry(Aligner aligner, List<TextVersion> versions, List<Integer> sourceOf, Corrections corrections,
                              StoryPartition partition) {
    }

    private final Caches.Store pairs;
    private final Caches.Store stories;
    private final AtomicLong pairsAligned = new AtomicLong();
    private final AtomicLong partitionsBuilt = new AtomicLong();

    @Inject
    public AlignmentCache(@CacheName("alignment-pairs") Cache pairs, @CacheName("alignment-stories") Cache stories,
                          @CacheName("alignment-sentences") Cache sentences) {
        this.pairs = Caches.of(pairs);
        this.stories = Caches.of(stories);
        this.sentences = Caches.of(sentences);
    }

    /** Outside Quarkus (unit tests, benchmarks): caches of the configured sizes, made here. */
    public AlignmentCache() {
        this.pairs = Caches.local(PAIRS);
        this.stories = Caches.local(STORIES);
        this.sentences = Caches.local(SENTENCE_ROWS);
    }

    /** How many pairs of versions were aligned and how many story alignments built (not taken from the cache). */
    public record Stats(long pairs, long partitions) {
    }

    public Stats stats() {
        return new Stats(pairsAligned.get(), partitionsBuilt.get());
    }

    /** Forgets every alignment (what a restart does); corrections live in the database and survive. */
    public void clear() {
        synchronized (this) {
            pairs.clear();
            stories.clear();
            sentences.clear();
        }
    }

    /**
     * The sentences of one row aligned across its cells, remembered by the cells' texts: a row whose text did
     * not change (on this instance or another) is not aligned again; one that did is a new key.
     */
    public dev.parallax.align.engine.SentenceAlignment alignSentences(List<TextVersion> cells) {
        Aligner current = aligner();
        dev.parallax.align.engine.SentenceAlignment hit;
        synchronized (this) {
            hit = sentences.get(cells);
        }
        if (hit != null) {
            return hit;
        }
        dev.parallax.align.engine.SentenceAlignment aligned = current.alignSentences(cells);
        synchronized (this) {
            if (current == this.aligner) { // not made with a word list replaced meanwhile
                sentences.put(List.copyOf(cells), aligned);
            }
        }
        return aligned;
    }

    /** The aligner in use: the learnt word list and the termbase's current anchors (a new termbase is a new aligner). */
    public Aligner aligner() {
        Aligner current = aligner;
        AnchorSource source = anchorSources == null || !anchorSources.isResolvable() ? null : anchorSources.get();
        Anchors anchors = source == null ? Anchors.NONE : source.current();
        if (anchors != current.anchors()) {
            synchronized (this) {
                if (anchors != aligner.anchors()) {
                    replace(new Aligner().withLexicon(lexicon).withAnchors(anchors));
                }
                current = aligner;
            }
        }
        return current;
    }

    /**
     * Aligns from now on with this word list (see {@link WorkbenchLexicon}) and forgets every alignment
     * made without it, so that no view mixes rows of both.
     */
    public void useLexicon(CorpusLexicon lexicon) {
        synchronized (this) {
            this.lexicon = lexicon;
            replace(new Aligner().withLexicon(lexicon).withAnchors(aligner.anchors()));
        }
    }

    private void replace(Aligner next) {
        aligner = next;
        pairs.clear();
        stories.clear();
        sentences.clear();
    }

    /**
     * The story's alignment over these versions (all its live versions, in the story's order).
     *
     * @throws IllegalArgumentException when the corrections contradict each other
     */
    public StoryPartition partition(long storyId, List<TextVersion> versions, int[] sourceOf, Corrections corrections) {
        Aligner current = aligner();
        List<Integer> sources = Arrays.stream(sourceOf).boxed().toList();
        StoryEntry entry;
        synchronized (this) {
            entry = stories.get(storyId);
        }
        if (entry != null && entry.aligner == current && entry.versions.equals(versions) && entry.sourceOf.equals(sources)
                && entry.corrections.equals(corrections)) {
            return entry.partition;
        }
        // the planned pairs (every pair, or a spanning set for long stories) not cached yet, aligned on every
        // core (they are independent)
        java.util.Set<Long> planned = new java.util.HashSet<>();
        List<int[]> missing = new java.util.ArrayList<>();
        List<int[]> plan = PairPlan.of(versions, sourceOf);
        synchronized (this) {
            for (int[] ij : plan) {
                planned.add((long) ij[0] << 32 | ij[1]);
                if (pairs.get(new PairKey(versions.get(ij[0]), versions.get(ij[1]))) == null) {
                    missing.add(ij);
                }
            }
        }
        Map<Long, PairAlignment> fresh = new java.util.concurrent.ConcurrentHashMap<>();
        (missing.size() > 1 ? missing.parallelStream() : missing.stream())
                .forEach(ij -> fresh.put((long) ij[0] << 32 | ij[1], pair(current, versions.get(ij[0]), versions.get(ij[1]))));
        StoryPartition partition = STORY_TIMER.record(() -> StoryPartition.build(versions, sourceOf, (i, j) -> {
            long key = (long) i << 32 | j;
            if (!planned.contains(key)) {
                return null;
            }
            PairAlignment p = fresh.get(key);
            return p != null ? p : pair(current, versions.get(i), versions.get(j));
        }, corrections));
        partitionsBuilt.incrementAndGet();
        synchronized (this) {
            if (this.aligner == current) {
                stories.put(storyId, new StoryEntry(current, List.copyOf(versions), sources, corrections, partition));
            }
        }
        return partition;
    }

    private PairAlignment pair(Aligner current, TextVersion a, TextVersion b) {
        PairKey key = new PairKey(a, b);
        PairAlignment pair;
        synchronized (this) {
            pair = current == this.aligner ? pairs.get(key) : null;
        }
        if (pair != null) {
            return pair;
        }
        pair = PAIR_TIMER.record(() -> current.alignPair(a, b));
        pairsAligned.incrementAndGet();
        synchronized (this) {
            if (current == this.aligner) {
                pairs.put(key, pair);
            }
        }
        return pair;
    }
}
