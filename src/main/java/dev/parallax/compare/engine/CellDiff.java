package dev.parallax.compare.engine;

import java.util.List;

/**
 * How one cell differs from the base cell of its row: the ops (equal + delete = base text, equal +
 * insert = this text), a similarity 0..1 and the flags.
 */
public record CellDiff(List<Op> ops, double similarity, List<Flag> flags, boolean sameLanguage) {

    public CellDiff {
        ops = List.copyOf(ops);
        flags = List.copyOf(flags);
    }

    public boolean has(Flag.Type type) {
        return flags.stream().anyMatch(f -> f.type() == type);
    }

    public boolean changed() {
        return ops.stream().anyMatch(o -> o.op() != Op.Kind.EQUAL);
    }
}
