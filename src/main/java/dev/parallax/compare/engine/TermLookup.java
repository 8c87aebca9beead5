package dev.parallax.compare.engine;

import java.util.List;

/**
 * The termbase as the comparer reads it: the terms found in a text and a concept's preferred form in a language.
 * A plain interface, so the engine stays free of the service that builds the termbase (the {@code compare} package
 * adapts the shared term index to it) and tests can hand it a small termbase of their own.
 */
public interface TermLookup {

    /** How the termbase rates the form used. */
    enum Status { PREFERRED, ADMITTED, FORBIDDEN }

    /**
     * A term found in a text: {@code [start, end)} in UTF-16 offsets, its concept, its status and its words folded
     * (case, accents, Arabic-script letter forms and ZWNJ ignored), as the termbase matches them.
     */
    record Use(int start, int end, long concept, Status status, List<String> words) {
    }

    /** The terms of {@code language} in {@code text}, left to right, none overlapping. */
    List<Use> find(String text, String language);

    /** The concept's preferred form in {@code language} (else an admitted one), or null when it has none there. */
    String preferred(long concept, String language);

    /** No termbase: nothing is found. */
    TermLookup NONE = new TermLookup() {
        @Override
        public List<Use> find(String text, String language) {
            return List.of();
        }

        @Override
        public String preferred(long concept, String language) {
            return null;
        }
    };
}
