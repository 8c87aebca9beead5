package dev.parallax.bench;

import dev.parallax.align.engine.score.Anchors;
import dev.parallax.term.TermCsv;
import dev.parallax.term.engine.ConceptData;
import dev.parallax.term.engine.TermAnchors;
import dev.parallax.term.engine.TermData;
import dev.parallax.term.engine.TermIndex;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The starter termbase shipped in {@code translations/termbase.csv} as the aligner's anchors, read without
 * the application (concepts numbered in file order), for engine tests and benchmarks.
 */
public final class StarterTermbase {

    public static final Path FILE = Path.of("translations", "termbase.csv");

    private static volatile TermAnchors anchors;

    private StarterTermbase() {
    }

    public static TermIndex index() {
        return anchors().index();
    }

    public static TermAnchors anchors() {
        TermAnchors a = anchors;
        if (a == null) {
            try {
                List<ConceptData> concepts = TermCsv.read(Files.readAllBytes(FILE));
                List<TermIndex.Entry> entries = new ArrayList<>();
                long id = 0;
                for (ConceptData c : concepts) {
                    id++;
                    for (TermData t : c.terms()) {
                        entries.add(TermIndex.entry(id, c.domain(), t.language(), t.text(), t.status(), t.outlet()));
                    }
                }
                a = new TermAnchors(new TermIndex(entries));
                anchors = a;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return a;
    }

    /** {@link #anchors()} or none, as a benchmark's switch says. */
    public static Anchors anchorsIf(boolean on) {
        return on ? anchors() : Anchors.NONE;
    }
}
