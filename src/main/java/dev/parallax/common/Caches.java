package dev.parallax.common;

import com.github.benmanes.caffeine.cache.Caffeine;
import io.quarkus.cache.Cache;
import io.quarkus.cache.CaffeineCache;

import java.util.concurrent.CompletableFuture;

/**
 * Plain, synchronous use of a quarkus-cache (Caffeine) cache, for the classes that remember what they computed under
 * its inputs (the alignments, the differences of cells, grammar results). Quarkus makes, sizes and meters each cache
 * from {@code quarkus.cache.caffeine."name".*} in application.properties (ADR 17, ADR 25), and {@link #of} wraps it;
 * plain Java (unit tests, benchmarks) makes a Caffeine cache of the same size with {@link #local}.
 */
public final class Caches {

    private Caches() {
    }

    /** A cache seen as a map that may forget: values are never null and are only ever put complete. */
    public interface Store {

        /** The value under {@code key}, or null. */
        <V> V get(Object key);

        void put(Object key, Object value);

        /** Forgets every entry now. */
        void clear();
    }

    /** The cache Quarkus injected under {@code @CacheName}. */
    public static Store of(Cache cache) {
        CaffeineCache caffeine = cache.as(CaffeineCache.class);
        return new Store() {
            @Override
            @SuppressWarnings("unchecked")
            public <V> V get(Object key) {
                CompletableFuture<Object> value = caffeine.getIfPresent(key);
                return value == null ? null : (V) value.join();
            }

            @Override
            public void put(Object key, Object value) {
                caffeine.put(key, CompletableFuture.completedFuture(value));
            }

            @Override
            public void clear() {
                caffeine.invalidateAll().await().indefinitely(); // the Uni does nothing until subscribed to
            }
        };
    }

    /**
     * A cache outside Quarkus (unit tests, benchmarks), bounded like the configured one: Caffeine itself, as under
     * quarkus-cache, without its wrapper (whose per-hit trace logging is folded away only inside a Quarkus application).
     */
    public static Store local(long maximumSize) {
        com.github.benmanes.caffeine.cache.Cache<Object, Object> caffeine = Caffeine.newBuilder().maximumSize(maximumSize).build();
        return new Store() {
            @Override
            @SuppressWarnings("unchecked")
            public <V> V get(Object key) {
                return (V) caffeine.getIfPresent(key);
            }

            @Override
            public void put(Object key, Object value) {
                caffeine.put(key, value);
            }

            @Override
            public void clear() {
                caffeine.invalidateAll();
            }
        };
    }
}
