package dev.parallax.common;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.nio.file.Path;

/** Parallax's own settings ({@code parallax.*} in application.properties, or PARALLAX_* variables). */
@ConfigMapping(prefix = "parallax")
public interface ParallaxConfig {

    /** Where the embedded H2 database keeps its files. */
    @WithDefault("./data")
    Path dataDir();

    /** The folder of stories as files; every story folder not yet imported is imported at startup. */
    @WithDefault("translations")
    Path translationsDir();

    /** Whether to import {@link #translationsDir()} at startup. */
    @WithDefault("true")
    boolean importOnStartup();

    /** The largest text (UTF-8) accepted for one version, and the largest upload. Default 2 MB. */
    @WithDefault("2M")
    MemorySize maxTextSize();

    /** The first admin's password (PARALLAX_ADMIN_PASSWORD); unset, a random one is printed once in the log. */
    java.util.Optional<String> adminPassword();

    /** How many days a deleted story or version can be restored by an admin before it is purged. */
    @WithDefault("30")
    int trashRetentionDays();
    /** The aligner's settings. */
    Align align();

    interface Align {
        /**
         * Whether the aligner learns a word list from all the stories in the workbench (in the background,
         * then whenever their text changed): between languages that share no script it is what lets
         * sentences and paragraphs line up by their words, not only by names, numbers and lengths.
         */
        @WithDefault("true")
        boolean learnLexicon();

        /**
         * Whether the termbase's concepts are cross-language anchors for the aligner (ADR 21): a paragraph naming
         * "Supreme Leader" and one naming "رهبر انقلاب" share evidence from the first story on.
         */
        @WithDefault("true")
        boolean termbaseAnchors();

        /** How often the stories are checked for changes to relearn from (a Quarkus duration: 5m, 1h). */
        @WithDefault("5m")
        String lexiconRefresh();
    }

    /** Export and import of aligned text (TMX, XLIFF, CSV, TSV, JSON, DOCX). */
    Exchange exchange();

    interface Exchange {
        /**
         * The largest aligned-text file accepted for import (413 above it): a whole story in every language,
         * so larger than one version's text. Keep it under {@code quarkus.http.limits.max-body-size}.
         */
        @WithDefault("10M")
        MemorySize maxImportSize();
    }

    /** Slowing down password guessing (form and API Basic); see README, "Sign-in and sessions". */
    SignIn signIn();

    interface SignIn {
        /** Failures (per account, per address) that cost nothing: people mistype. */
        @WithDefault("3")
        int freeFailures();

        /** The wait after the free failures; each further failure doubles it. */
        @WithDefault("250ms")
        java.time.Duration firstDelay();

        /** The longest wait an address with recent failures imposes on its next attempt. */
        @WithDefault("15s")
        java.time.Duration maxAddressDelay();

        /** The longest wait an account's recent failures (from any address) impose: low, so its user is never locked out. */
        @WithDefault("5s")
        java.time.Duration maxAccountDelay();

        /** Attempts from one address queue behind each other; one that would wait longer is refused unchecked. */
        @WithDefault("60s")
        java.time.Duration maxQueue();

        /** How long a failure counts. */
        @WithDefault("15m")
        java.time.Duration window();
    }
}
