package dev.parallax.term;

import dev.parallax.align.AnchorSource;
import dev.parallax.align.engine.score.Anchors;
import dev.parallax.common.ParallaxConfig;
import dev.parallax.term.engine.TermAnchors;
import dev.parallax.term.engine.TermIndex;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The termbase as the aligner's cross-language anchors (ADR 21): the shared {@link TermService#index()} wrapped
 * as {@link TermAnchors}. The index is rebuilt every minute; the anchors stay the same instance while what it
 * matches is unchanged ({@link TermIndex#fingerprint()}), so the aligner keeps its cached alignments until a term
 * is really added, edited or deleted. {@code parallax.align.termbase-anchors=false} turns them off.
 */
@ApplicationScoped
public class TermAnchorSource implements AnchorSource {

    @Inject
    TermService terms;

    @Inject
    ParallaxConfig config;

    private TermIndex seen;
    private TermAnchors anchors;

    @Override
    public synchronized Anchors current() {
        if (!config.align().termbaseAnchors()) {
            return Anchors.NONE;
        }
        TermIndex index = terms.index();
        if (index != seen) {
            if (anchors == null || anchors.index().fingerprint() != index.fingerprint()) {
                anchors = new TermAnchors(index);
            }
            seen = index;
        }
        return anchors.isEmpty() ? Anchors.NONE : anchors;
    }
}
