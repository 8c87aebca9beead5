package dev.parallax.align.engine;

import java.util.List;

/**
 * A link between two versions: paragraph (or sentence) indices {@code a} of the first version and
 * {@code b} of the second. One side is empty for a unit without counterpart. {@code moved} marks a link
 * found out of order (a paragraph moved elsewhere); {@code score} is the confidence 0..1.
 */
public record Bead(List<Integer> a, List<Integer> b, double score, boolean moved) {
    public Bead {
        a = List.copyOf(a);
        b = List.copyOf(b);
    }

    public boolean isLink() {
        return !a.isEmpty() && !b.isEmpty();
    }
}
