package dev.parallax.grammar;

import dev.parallax.grammar.GrammarCache.Key;
import dev.parallax.grammar.engine.GrammarMatch;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Runs LanguageTool checks on the grammar pool ({@code parallax.grammar.threads} workers): one check per cache key
 * at a time however many requests want it, each result written to the {@link GrammarCache}.
 */
@ApplicationScoped
public class GrammarWorkers {

    @Inject
    GrammarConfig config;
    @Inject
    GrammarCache cache;

    private ExecutorService workers;
    private final Map<Key, CompletableFuture<List<GrammarMatch>>> inflight = new ConcurrentHashMap<>();

    @PostConstruct
    void start() {
        AtomicInteger n = new AtomicInteger();
        workers = Executors.newFixedThreadPool(config.effectiveThreads(), r -> {
            Thread t = new Thread(r, "grammar-check-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Paragraphs waiting for a LanguageTool check (Prometheus: parallax_grammar_queue). */
    public int queueLength() {
        return workers instanceof java.util.concurrent.ThreadPoolExecutor pool ? pool.getQueue().size() : 0;
    }

    /** Prometheus: parallax_grammar_check_seconds, one paragraph checked by LanguageTool (cached answers are not timed). */
    private static final io.micrometer.core.instrument.Timer CHECK_TIMER = io.micrometer.core.instrument.Timer
            .builder("parallax.grammar.check").description("Checking one paragraph with LanguageTool").publishPercentileHistogram()
            .register(io.micrometer.core.instrument.Metrics.globalRegistry);

    @PreDestroy
    void stop() {
        workers.shutdownNow();
    }

    /** A cached result, or the one check of that key already running, or a new check on the workers. */
    CompletableFuture<List<GrammarMatch>> result(Key key, Map<Key, List<GrammarMatch>> cached, Supplier<List<GrammarMatch>> check) {
        List<GrammarMatch> hit = cached.get(key);
        if (hit != null) {
            return CompletableFuture.completedFuture(hit);
        }
        boolean[] mine = {false};
        CompletableFuture<List<GrammarMatch>> future = inflight.computeIfAbsent(key, k -> {
            mine[0] = true;
            return new CompletableFuture<>();
        });
        if (mine[0]) {
            workers.execute(() -> {
                try {
                    List<GrammarMatch> matches = cache.peek(key);
                    if (matches == null) {
                        matches = List.copyOf(CHECK_TIMER.record(check::get));
                        cache.put(key, matches);
                    }
                    future.complete(matches);
                } catch (Throwable t) {
                    future.completeExceptionally(t);
                } finally {
                    inflight.remove(key, future);
                }
            });
        }
        return future;
    }
}
