package dev.parallax.compare;

import dev.parallax.compare.engine.CellDiff;
import dev.parallax.compare.engine.Comparer;
import dev.parallax.common.Caches;
import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Remembers the differences of each pair of cells by their texts and languages, so a page view
 * recomputes nothing when nothing changed and an edited paragraph recomputes only its row. The entries live in the
 * quarkus-cache (Caffeine) cache {@code cell-diffs}, sized in application.properties.
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

    private final Comparer comparer = new Comparer();
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

    public CellDiff compare(String baseText, String baseLanguage, String otherText, String otherLanguage) {
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
