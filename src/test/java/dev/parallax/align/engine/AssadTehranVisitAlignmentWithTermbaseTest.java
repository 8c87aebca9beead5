package dev.parallax.align.engine;

import dev.parallax.bench.StarterTermbase;

/** {@link AssadTehranVisitAlignmentTest} with the starter termbase as anchors (ADR 21): every pair and 5-way exact. */
class AssadTehranVisitAlignmentWithTermbaseTest extends AssadTehranVisitAlignmentTest {

    @Override
    Aligner aligner() {
        return new Aligner().withAnchors(StarterTermbase.anchors());
    }
}
