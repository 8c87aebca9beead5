package dev.parallax.align.engine.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/**
 * An n-way gold alignment ({@code alignment.gold.tsv}): a header of version keys, then one row per line,
 * cells "0,1" or "-". Pairwise gold = the rows projected onto two columns, rows empty in both dropped.
 */
public record GoldRows(List<String> versionKeys, List<List<List<Integer>>> rows) {

    public static GoldRows read(Path file) {
        try {
            List<String> keys = null;
            List<List<List<Integer>>> rows = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                if (keys == null) {
                    keys = List.of(cols);
                    continue;
                }
                List<List<Integer>> row = new ArrayList<>();
                for (String c : cols) {
                    row.add(c.strip().equals("-") ? List.of()
                            : Arrays.stream(c.split(",")).map(s -> Integer.parseInt(s.strip())).toList());
                }
                rows.add(row);
            }
            return new GoldRows(keys, rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Beads "a|b" of the projection onto columns i and j, as a sorted set (order-free comparison). */
    public TreeSet<String> pairBeads(int i, int j) {
        TreeSet<String> out = new TreeSet<>();
        for (List<List<Integer>> r : rows) {
            if (!r.get(i).isEmpty() || !r.get(j).isEmpty()) {
                out.add(r.get(i) + "|" + r.get(j));
            }
        }
        return out;
    }
}
