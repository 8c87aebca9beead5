package dev.parallax.align.engine;

import dev.parallax.bench.StarterTermbase;

/** {@link StoryPartitionSeedTest} with the starter termbase as anchors (ADR 21), as the application aligns. */
class StoryPartitionSeedWithTermbaseTest extends StoryPartitionSeedTest {

    @Override
    Aligner aligner() {
        return new Aligner().withAnchors(StarterTermbase.anchors());
    }
}
