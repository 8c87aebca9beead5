package dev.parallax.term.engine;

import dev.parallax.align.engine.score.Anchors;

import java.util.List;

/**
 * The termbase as the aligner's cross-language anchors: the concepts of the terms {@link TermIndex#find}
 * finds in a text (folded, clitics allowed, longest term first). Every status counts, forbidden forms
 * too: a forbidden spelling still names the concept. Immutable, like the index it reads.
 */
public final class TermAnchors implements Anchors {

    private final TermIndex index;

    public TermAnchors(TermIndex index) {
        this.index = index;
    }

    public TermIndex index() {
        return index;
    }

    @Override
    public long[] conceptsIn(String text, String language) {
        List<TermIndex.Hit> hits = index.find(text, language);
        if (hits.isEmpty()) {
            return EMPTY;
        }
        long[] out = new long[hits.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = hits.get(i).conceptId();
        }
        return out;
    }

    @Override
    public boolean isEmpty() {
        return index.isEmpty();
    }
}
