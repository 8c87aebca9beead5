package dev.parallax.grammar;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.common.Caches;
import dev.parallax.grammar.engine.GrammarMatch;
import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

/**
 * LanguageTool's results by (language, rule settings, text hash): in memory for speed, in the database so
 * a restart re-checks nothing. What a text's matches are depends on nothing else, so entries are never
 * invalidated: an edited paragraph simply has a new hash. In memory is the quarkus-cache (Caffeine) cache
 * {@code grammar-results}, sized in application.properties.
 */
@ApplicationScoped
public class GrammarCache {

    private static final Logger LOG = Logger.getLogger(GrammarCache.class);
    private static final int QUERY_CHUNK = 500;
    private static final TypeReference<List<GrammarMatch>> MATCHES = new TypeReference<>() {
    };

    public record Key(String language, String settings, String textHash) {
    }

    @Inject
    ObjectMapper json;

    private final ConcurrentLinkedQueue<Map.Entry<Key, List<GrammarMatch>>> unsaved = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean flushScheduled = new AtomicBoolean();
    private final ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "grammar-cache-writer");
        t.setDaemon(true);
        return t;
    });

    private final Caches.Store memory;

    @Inject
    public GrammarCache(@CacheName("grammar-results") Cache memory) {
        this.memory = Caches.of(memory);
    }

    public static String hash(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The cached results among {@code keys}, from memory or else from the database. */
    public Map<Key, List<GrammarMatch>> find(Collection<Key> keys) {
        Map<Key, List<GrammarMatch>> found = new LinkedHashMap<>();
        List<Key> missing = new ArrayList<>();
        for (Key key : keys) {
            List<GrammarMatch> hit = memory.get(key);
            if (hit != null) {
                found.put(key, hit);
            } else {
                missing.add(key);
            }
        }
        if (missing.isEmpty()) {
            return found;
        }
        Map<List<String>, List<Key>> byLanguage = missing.stream().distinct()
                .collect(Collectors.groupingBy(k -> List.of(k.language(), k.settings()), LinkedHashMap::new, Collectors.toList()));
        Map<Key, List<GrammarMatch>> loaded = QuarkusTransaction.requiringNew().call(() -> {
            Map<Key, List<GrammarMatch>> rows = new LinkedHashMap<>();
            for (var group : byLanguage.entrySet()) {
                List<String> hashes = group.getValue().stream().map(Key::textHash).toList();
                for (int i = 0; i < hashes.size(); i += QUERY_CHUNK) {
                    List<GrammarCheck> checks = GrammarCheck.list("language = ?1 and settings = ?2 and textHash in ?3",
                            group.getKey().get(0), group.getKey().get(1), hashes.subList(i, Math.min(hashes.size(), i + QUERY_CHUNK)));
                    for (GrammarCheck c : checks) {
                        rows.put(new Key(c.language, c.settings, c.textHash), read(c.matches));
                    }
                }
            }
            return rows;
        });
        loaded.forEach((key, matches) -> memory.put(key, matches));
        found.putAll(loaded);
        return found;
    }

    /** The result in memory, if any (no database access). */
    public List<GrammarMatch> peek(Key key) {
        return memory.get(key);
    }

    /**
     * Keeps a result in memory at once and in the database soon: results are written in batches, one
     * transaction each, because a commit per paragraph costs more than checking it.
     */
    public void put(Key key, List<GrammarMatch> matches) {
        memory.put(key, matches);
        unsaved.add(Map.entry(key, matches));
        if (flushScheduled.compareAndSet(false, true)) {
            writer.schedule(this::flush, 200, TimeUnit.MILLISECONDS);
        }
    }

    /** Writes every result not yet in the database, in one transaction. */
    public synchronized void flush() {
        flushScheduled.set(false);
        Map<Key, List<GrammarMatch>> batch = new LinkedHashMap<>();
        for (Map.Entry<Key, List<GrammarMatch>> e; (e = unsaved.poll()) != null; ) {
            batch.put(e.getKey(), e.getValue());
        }
        if (batch.isEmpty()) {
            return;
        }
        try {
            QuarkusTransaction.requiringNew().run(() -> save(batch));
        } catch (RuntimeException e) {
            // Another node stored one of these first (unique key): store the others one by one.
            for (var entry : batch.entrySet()) {
                try {
                    QuarkusTransaction.requiringNew().run(() -> save(Map.of(entry.getKey(), entry.getValue())));
                } catch (RuntimeException again) {
                    LOG.debugf("Grammar result for %s not stored: %s", entry.getKey(), again.getMessage());
                }
            }
        }
    }

    private void save(Map<Key, List<GrammarMatch>> batch) {
        Map<List<String>, List<Key>> groups = batch.keySet().stream()
                .collect(Collectors.groupingBy(k -> List.of(k.language(), k.settings()), LinkedHashMap::new, Collectors.toList()));
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        for (var group : groups.entrySet()) {
            List<String> hashes = group.getValue().stream().map(Key::textHash).toList();
            java.util.Set<String> stored = new java.util.HashSet<>();
            for (int i = 0; i < hashes.size(); i += QUERY_CHUNK) {
                stored.addAll(GrammarCheck.<GrammarCheck>list("language = ?1 and settings = ?2 and textHash in ?3", group.getKey().get(0),
                        group.getKey().get(1), hashes.subList(i, Math.min(hashes.size(), i + QUERY_CHUNK))).stream().map(c -> c.textHash).toList());
            }
            for (Key key : group.getValue()) {
                if (stored.add(key.textHash())) {
                    GrammarCheck row = new GrammarCheck();
                    row.language = key.language();
                    row.settings = key.settings();
                    row.textHash = key.textHash();
                    row.matches = write(batch.get(key));
                    row.checkedAt = now;
                    row.persist();
                }
            }
        }
    }

    @PreDestroy
    void stop() {
        writer.shutdown();
        flush();
    }

    /** Forgets what is in memory, as a restart would (the database keeps everything). */
    public void clearMemory() {
        flush();
        memory.clear();
    }

    private List<GrammarMatch> read(String body) {
        try {
            return List.copyOf(json.readValue(body, MATCHES));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable cached grammar result", e);
        }
    }

    private String write(List<GrammarMatch> matches) {
        try {
            return json.writeValueAsString(matches);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
