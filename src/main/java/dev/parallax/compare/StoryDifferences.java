package dev.parallax.compare;

import dev.parallax.align.StoryAlignment;
import dev.parallax.compare.engine.CellDiff;
import dev.parallax.compare.engine.Flag;
import dev.parallax.compare.engine.Op;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How the versions of an alignment differ from its base, row by row: {@code rows.get(r).cells().get(i)}
 * is version i's cell compared with the base's (null for the base itself).
 */
public record StoryDifferences(StoryAlignment alignment, List<RowDifferences> rows) {

    /** One row: each cell's differences, the row's similarity (mean over its non-base cells) and flag types. */
    public record RowDifferences(int number, List<CellDiff> cells, double similarity) {

        public Set<Flag.Type> flagTypes() {
            Set<Flag.Type> types = new LinkedHashSet<>();
            for (CellDiff c : cells) {
                if (c != null) {
                    c.flags().forEach(f -> types.add(f.type()));
                }
            }
            return types;
        }

        public boolean has(Flag.Type type) {
            return flagTypes().contains(type);
        }

        public int flagCount() {
            return cells.stream().mapToInt(c -> c == null ? 0 : c.flags().size()).sum();
        }

        public int percent() {
            return (int) Math.round(similarity * 100);
        }

        /** 0 (the same) to 4 (nothing in common): the shade of the row's mark in the overview. */
        public int divergence() {
            double d = 1 - similarity;
            return d <= 0.0001 ? 0 : d < 0.15 ? 1 : d < 0.4 ? 2 : d < 0.75 ? 3 : 4;
        }

        public CellDiff cell(int version) {
            return cells.get(version);
        }
    }

    public RowDifferences row(int number) {
        return rows.get(number);
    }

    /** For each flag type, how many rows carry it, in the order of {@link Flag.Type}. */
    public Map<Flag.Type, Integer> rowsPerFlag() {
        Map<Flag.Type, Integer> counts = new EnumMap<>(Flag.Type.class);
        for (Flag.Type t : Flag.Type.values()) {
            counts.put(t, 0);
        }
        for (RowDifferences r : rows) {
            r.flagTypes().forEach(t -> counts.merge(t, 1, Integer::sum));
        }
        return counts;
    }

    /** Splits a cell's ops along the paragraphs of that cell, so each paragraph shows its own marks. */
    public static List<List<Op>> byParagraph(List<Op> ops, List<String> paragraphs) {
        List<List<Op>> out = new ArrayList<>();
        List<int[]> ranges = new ArrayList<>();
        int at = 0;
        for (String p : paragraphs) {
            ranges.add(new int[]{at, at + p.length()});
            out.add(new ArrayList<>());
            at += p.length() + 2; // the blank line that joins a cell's paragraphs
        }
        if (paragraphs.isEmpty()) {
            return out;
        }
        int pos = 0; // position in the cell's own text
        for (Op op : ops) {
            if (op.op() == Op.Kind.DELETE) {
                out.get(paragraphAt(ranges, pos)).add(op);
                continue;
            }
            int end = pos + op.text().length();
            for (int k = 0; k < ranges.size(); k++) {
                int from = Math.max(pos, ranges.get(k)[0]);
                int to = Math.min(end, ranges.get(k)[1]);
                if (from < to) {
                    out.get(k).add(new Op(op.op(), op.text().substring(from - pos, to - pos)));
                }
            }
            pos = end;
        }
        return out;
    }

    private static int paragraphAt(List<int[]> ranges, int pos) {
        for (int k = ranges.size() - 1; k >= 0; k--) {
            if (pos >= ranges.get(k)[0]) {
                return k;
            }
        }
        return 0;
    }
}
