package dev.parallax.align;

import dev.parallax.align.engine.score.Anchors;

/**
 * Where the aligner's cross-language anchors come from (the termbase, ADR 21). The align feature only declares
 * what it needs; a feature above it (term) supplies a bean, so align knows no termbase. {@link #current} is
 * asked before each alignment: it must be cheap, and return the same instance while the anchors are unchanged
 * (a new instance makes the aligner forget its cached alignments).
 */
public interface AnchorSource {

    Anchors current();
}
