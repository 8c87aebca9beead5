package dev.parallax.grammar;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Grammar checking settings ({@code parallax.grammar.*}); the largest text is {@code parallax.max-text-size}. */
@ConfigMapping(prefix = "parallax.grammar")
public interface GrammarConfig {

    /** Whether grammar checks run at all; off, the API answers 503 and the page says so. */
    @WithDefault("true")
    boolean enabled();

    /** LanguageTool instances per language, at most (each serves one thread). Default: the number of cores. */
    Optional<Integer> poolSize();

    /** Languages loaded in the background at startup, so the first page is not slow. */
    @WithDefault("en-US,ar,fa")
    List<String> warmUp();

    /** Whether to warm {@link #warmUp()} up at startup (tests that never check turn it off). */
    @WithDefault("true")
    boolean warmUpAtStartup();

    /** How long the grammar page waits for checks before it shows "checking…" and polls. */
    @WithDefault("5s")
    Duration pageWait();

    /** Threads that check a story's paragraphs in parallel. Default: the number of cores. */
    Optional<Integer> threads();

    default int effectivePoolSize() {
        return poolSize().orElse(Runtime.getRuntime().availableProcessors());
    }

    default int effectiveThreads() {
        return threads().orElse(Runtime.getRuntime().availableProcessors());
    }
}
