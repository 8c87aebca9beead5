package dev.parallax.grammar;

import dev.parallax.grammar.engine.GrammarEngine;
import dev.parallax.grammar.engine.LanguageToolEngine;
import io.quarkus.vertx.http.HttpServerStart;
import io.quarkus.vertx.http.HttpsServerStart;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Makes the one {@link GrammarEngine} of the application and warms its languages up on a background
 * thread as soon as the application serves: loading English takes seconds, and neither startup nor the first
 * page should wait.
 */
@ApplicationScoped
public class GrammarEngineProducer {

    private static final Logger LOG = Logger.getLogger(GrammarEngineProducer.class);

    @Inject
    GrammarConfig config;

    /** Milliseconds from the start of warm-up until each language was warm. */
    private final Map<String, Long> warmUpMillis = new ConcurrentHashMap<>();
    private volatile long warmUpStarted;

    @Produces
    @Singleton
    GrammarEngine engine() {
        return new LanguageToolEngine(config.effectivePoolSize());
    }

    private final java.util.concurrent.atomic.AtomicBoolean warming = new java.util.concurrent.atomic.AtomicBoolean();

    /**
     * Warm-up starts once the HTTP server listens, not at startup: on two cores, loading LanguageTool beside the
     * rest of the startup (migrations, the seed story, the starter termbase) delayed the first answer by seconds.
     */
    void onHttp(@ObservesAsync HttpServerStart started, GrammarEngine engine) {
        startWarmUp(engine);
    }

    void onHttps(@ObservesAsync HttpsServerStart started, GrammarEngine engine) {
        startWarmUp(engine);
    }

    private void startWarmUp(GrammarEngine engine) {
        if (!config.enabled() || !config.warmUpAtStartup() || !warming.compareAndSet(false, true)) {
            return;
        }
        Thread warmer = new Thread(() -> warmUp(engine), "grammar-warm-up");
        warmer.setDaemon(true);
        warmer.setPriority(Thread.NORM_PRIORITY - 1);
        warmer.start();
    }

    private void warmUp(GrammarEngine engine) {
        warmUpStarted = System.nanoTime();
        for (String tag : config.warmUp()) {
            String language = engine.resolve(tag).orElse(null);
            if (language == null) {
                LOG.warnf("parallax.grammar.warm-up names %s, which LanguageTool here cannot check; skipped", tag);
                continue;
            }
            try {
                engine.warmUp(language);
                long ms = (System.nanoTime() - warmUpStarted) / 1_000_000;
                warmUpMillis.put(language, ms);
                LOG.infof("LanguageTool %s warm %d ms after warm-up began", language, ms);
            } catch (RuntimeException e) {
                LOG.errorf(e, "LanguageTool could not warm up %s", language);
            }
        }
    }

    public Map<String, Long> warmUpMillis() {
        return Map.copyOf(warmUpMillis);
    }
}
