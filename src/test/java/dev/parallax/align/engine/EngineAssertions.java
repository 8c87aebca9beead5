package dev.parallax.align.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Checks the engine-part tests share: which links beads make, and that every unit sits in exactly one bead. */
final class EngineAssertions {

    private EngineAssertions() {
    }

    /** The links as "a|b" strings, e.g. "[8]|[0]". */
    static Set<String> links(List<Bead> beads) {
        return beads.stream().filter(Bead::isLink).map(b -> b.a() + "|" + b.b()).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The links the gold gives between the report and SANA (either language): report ¶8–18 quote SANA ¶0–10. */
    static Set<String> reportQuotesSana() {
        return IntStream.range(0, 11).mapToObj(k -> "[" + (8 + k) + "]|[" + k + "]").collect(Collectors.toCollection(TreeSet::new));
    }

    static void everyUnitOnce(List<Bead> beads, int n, int m) {
        List<Integer> a = new ArrayList<>();
        List<Integer> b = new ArrayList<>();
        beads.forEach(bead -> {
            a.addAll(bead.a());
            b.addAll(bead.b());
        });
        assertEquals(IntStream.range(0, n).boxed().toList(), a.stream().sorted().toList(), "each unit of the first version once");
        assertEquals(IntStream.range(0, m).boxed().toList(), b.stream().sorted().toList(), "each unit of the second version once");
    }

    /** Every unit a bead of its own: what a pass that linked nothing would leave. */
    static List<Bead> alone(int n, int m) {
        List<Bead> beads = new ArrayList<>();
        IntStream.range(0, n).forEach(i -> beads.add(new Bead(List.of(i), List.of(), Double.NaN, false)));
        IntStream.range(0, m).forEach(j -> beads.add(new Bead(List.of(), List.of(j), Double.NaN, false)));
        return beads;
    }
}
