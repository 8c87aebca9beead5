package dev.parallax.compare;

import dev.parallax.compare.engine.CellDiff;
import dev.parallax.compare.engine.Comparer;
import dev.parallax.common.Caches;
import dev.parallax.term.TermService;
import dev.parallax.term.engine.TermIndex;
import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Remembers the differences of each pair of cells by their texts and languages, so a page view
 * recomputes nothing when nothing changed and an edited paragraph recomputes only its row. The entries live in the
 * quarkus-cache (Caffeine) cache {@code cell-diffs}, sized in application.properties. The "term" flags read the
 * termbase: when its index changes (an edit here or on another instance), the comparer is made anew with it and the
 * remembered answers are forgotten.
 */
@ApplicationScoped
public class DiffCache {

    /** The size outside Quarkus (tests, benchmarks); application.properties sets the same. */
    static final int CAPACITY = 20_000;

    /** Prometheus: parallax_diff_seconds, one cell pair compared (answers from the cache are not timed). */
    private static final io.micrometer.core.instrument.Timer TIMER = io.micrometer.core.instrument.Timer.builder("parallax.diff")
            .description("Comparing one pair of aligned cells").publishPercentileHistogram()
            .register(io.micrometer.core.instrument.Metrics.globalRegistry);

    private record Key(String baseText, String baseLanguage, String otherText, String otherLanguage) {
    }

    /** The termbase; absent outside Quarkus (benchmarks), where the comparer has none. */
    @Inject
    TermService terms;

    /** The comparer with the termbase it was made with; replaced together. */
    private record Current(TermIndex index, Comparer comparer) {
    }

    private volatile Current current;
    private final Caches.Store entries;
    private final AtomicLong computed = new AtomicLong();
    private final AtomicLong reused = new AtomicLong();

    @Inject
    public DiffCache(@CacheName("cell-diffs") Cache entries) {
        this.entries = Caches.of(entries);
    }

    /** Outside Quarkus (benchmarks): a cache of the configured size, made here. */
    public DiffCache() {
        this.entries = Caches.local(CAPACITY);
    }

    /** How many cell pairs were compared and how many answers came from the cache. */
    public record Stats(long computed, long reused) {
    }

    public Stats stats() {
        return new Stats(computed.get(), reused.get());
    }

    public void clear() {
        entries.clear();
    }

    /** The comparer for the termbase as it is now; a new termbase empties the cache. */
    private Comparer comparer() {
        TermIndex index = terms == null ? TermIndex.EMPTY : terms.index();
        Current c = current;
        if (c == null || c.index() != index) {
            synchronized (this) {
                c = current;
                if (c == null || c.index() != index) {
                    c = new Current(index, new Comparer(new TermbaseLookup(index)));
                    entries.clear();
                    current = c;
                }
            }
        }
        return c.comparer();
    }

    public CellDiff compare(String baseText, String baseLanguage, String otherText, String otherLanguage) {
        Comparer comparer = comparer();
        Key key = new Key(baseText, baseLanguage, otherText, otherLanguage);
        CellDiff diff = entries.get(key);
        if (diff != null) {
            reused.incrementAndGet();
            return diff;
        }
        diff = TIMER.record(() -> comparer.compare(baseText, baseLanguage, otherText, otherLanguage));
        computed.incrementAndGet();
        entries.put(key, diff);
        return diff;
    }
}
