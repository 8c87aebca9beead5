package dev.parallax.compare;

import dev.parallax.compare.engine.TermLookup;
import dev.parallax.term.engine.TermIndex;
import dev.parallax.term.engine.TermStatus;

import java.util.ArrayList;
import java.util.List;

/** The shared term index as the compare engine reads it ({@link TermLookup}): one per index, immutable like it. */
public final class TermbaseLookup implements TermLookup {

    private final TermIndex index;

    public TermbaseLookup(TermIndex index) {
        this.index = index;
    }

    public TermIndex index() {
        return index;
    }

    @Override
    public List<Use> find(String text, String language) {
        List<TermIndex.Hit> hits = index.find(text, language);
        List<Use> out = new ArrayList<>(hits.size());
        for (TermIndex.Hit h : hits) {
            out.add(new Use(h.start(), h.end(), h.conceptId(), status(h.term().status()), List.of(h.term().words())));
        }
        return out;
    }

    @Override
    public String preferred(long concept, String language) {
        TermIndex.Entry e = index.preferred(concept, language);
        return e == null ? null : e.text();
    }

    private static Status status(TermStatus s) {
        return s == TermStatus.FORBIDDEN ? Status.FORBIDDEN : s == TermStatus.PREFERRED ? Status.PREFERRED : Status.ADMITTED;
    }
}
