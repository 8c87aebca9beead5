package dev.parallax.align.engine;

import java.util.List;

/** The beads of two versions, in the order of the first; every unit of both is in exactly one bead. */
public record PairAlignment(String idA, String idB, List<Bead> beads) {
    public PairAlignment {
        beads = List.copyOf(beads);
    }
}
