package dev.parallax.common;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CaffeineCache;
import io.quarkus.cache.runtime.caffeine.CaffeineCacheImpl;
import io.quarkus.cache.runtime.caffeine.CaffeineCacheInfo;

import java.util.concurrent.CompletableFuture;

/**
 * Plain, synchronous use of a quarkus-cache (Caffeine) cache, for the classes that remember what they computed under
 * its inputs (the alignments, the differences of cells, grammar results). Quarkus makes and sizes each cache from
 * {@code quarkus.cache.caffeine."name".*} in application.properties (ADR 17, ADR 25); plain Java (unit tests,
 * benchmarks) makes one of the same kind with {@link #local}, so that both run the same code.
 */
public final class Caches {

    private Caches() {
    }

    /** The cache Quarkus injected (under {@code @CacheName}), seen as the Caffeine cache it is. */
    public static CaffeineCache caffeine(Cache cache) {
        return cache.as(CaffeineCache.class);
    }

    /** A cache outside Quarkus, bounded like the configured one (no metrics, no expiry by age). */
    public static CaffeineCache local(String name, long maximumSize) {
        CaffeineCacheInfo info = new CaffeineCacheInfo();
        info.name = name;
        info.maximumSize = maximumSize;
        return new CaffeineCacheImpl(info, false);
    }

    /** The value under {@code key}, or null; values are only ever put complete, so this never waits. */
    public static <V> V get(CaffeineCache cache, Object key) {
        CompletableFuture<V> value = cache.getIfPresent(key);
        return value == null ? null : value.join();
    }

    public static void put(CaffeineCache cache, Object key, Object value) {
        cache.put(key, CompletableFuture.completedFuture(value));
    }

    /** Forgets every entry now (the cache's own {@code invalidateAll} only does when subscribed to). */
    public static void clear(CaffeineCache cache) {
        cache.invalidateAll().await().indefinitely();
    }
}
