package dev.parallax.align.engine.dp;

/** A bead in positions of the sequences given to {@link BandedAligner}: [aStart, aStart+aLen) × [bStart, bStart+bLen). */
public record SegmentBead(int aStart, int aLen, int bStart, int bLen, double cost) {
}
