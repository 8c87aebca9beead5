package dev.parallax.intake;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How Parallax fetches pages from the web ({@code parallax.fetch.*}) and how often it re-reads watched ones. */
@ConfigMapping(prefix = "parallax.fetch")
public interface FetchConfig {

    /** Whether private, loopback and link-local addresses may be fetched (off: refused; tests turn it on). */
    @WithDefault("false")
    boolean allowPrivate();

    /** Time to connect to a site. */
    @WithDefault("10s")
    Duration connectTimeout();

    /** Time for a whole answer, each redirect hop counted on its own. */
    @WithDefault("20s")
    Duration timeout();

    /** The largest page read (422 above it). */
    @WithDefault("5M")
    MemorySize maxSize();

    @WithDefault("5")
    int maxRedirects();

    /** What Parallax says it is; robots.txt groups naming "ParallaxBot" apply to it. */
    @WithDefault("ParallaxBot/1.0 (newsroom comparison workbench; one request per site at a time)")
    String userAgent();

    /** Whether robots.txt is read and obeyed. */
    @WithDefault("true")
    boolean robotsTxt();

    /** How long to wait for a site already being fetched (one request per site at a time). */
    @WithDefault("30s")
    Duration siteWait();

    /** Watching: how often a watched version is re-fetched unless it says otherwise. */
    @WithDefault("1h")
    Duration watchInterval();

    /** Watching: whether the scheduler runs at all. */
    @WithDefault("true")
    boolean watchEnabled();
}
