package dev.parallax.align.engine;

import dev.parallax.align.engine.StoryPartition.Corrections;
import dev.parallax.align.engine.StoryPartition.Link;
import dev.parallax.align.engine.StoryPartition.Node;
import dev.parallax.align.engine.StoryPartition.Together;
import dev.parallax.align.engine.StoryPartition.ViewRow;
import dev.parallax.align.engine.support.GoldRows;
import dev.parallax.align.engine.support.StoryFolder;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The seed story as one alignment: the same groups with each of its five versions as base, every pair and
 * every subset the projection of the gold, and corrections that hold in every view.
 */
class StoryPartitionSeedTest {

    static final Path FOLDER = Path.of("translations/assad-tehran-visit");
    /** sana.ar translates sana.en, nournews.fa translates nournews.en. */
    static final int[] SOURCE_OF = {-1, -1, -1, 1, 2};

    final List<TextVersion> versions = StoryFolder.versions(FOLDER);
    final GoldRows gold = GoldRows.read(FOLDER.resolve("alignment.gold.tsv"));
    final Aligner aligner = aligner();

    /** The aligner under test; {@code …WithTermbaseTest} adds the starter termbase's anchors, as the application does. */
    Aligner aligner() {
        return new Aligner();
    }
    final Map<String, PairAlignment> pairs = new HashMap<>();

    StoryPartition partition(Corrections corrections) {
        return StoryPartition.build(versions, SOURCE_OF,
                (i, j) -> pairs.computeIfAbsent(i + "," + j, x -> aligner.alignPair(versions.get(i), versions.get(j))), corrections);
    }

    @Test
    void withReportAsBaseTheRowsAreTheGoldInOrder() {
        List<ViewRow> rows = partition(Corrections.NONE).project(List.of(0, 1, 2, 3, 4));
        assertEquals(gold.rows(), rows.stream().map(r -> r.row().cells()).toList());
        assertFalse(rows.stream().anyMatch(r -> r.confirmed() || r.row().fixed()));
    }

    @Test
    void everyBaseAndEverySubsetShowsTheGoldGroups() {
        everySubsetShowsTheGold(partition(Corrections.NONE));
    }

    @Test
    void theSpanningSetOfPairsAloneGivesTheGoldToo() {
        // what a long story gets (PairPlan beyond its budget): the translations with their sources only
        List<int[]> plan = PairPlan.of(versions, SOURCE_OF, 0);
        assertEquals(List.of("0-1", "0-2", "1-2", "1-3", "2-4"), plan.stream().map(ij -> ij[0] + "-" + ij[1]).toList());
        everySubsetShowsTheGold(StoryPartition.build(versions, SOURCE_OF, (i, j) -> plan.stream()
                .anyMatch(ij -> ij[0] == i && ij[1] == j) ? aligner.alignPair(versions.get(i), versions.get(j)) : null, Corrections.NONE));
    }

    private void everySubsetShowsTheGold(StoryPartition partition) {
        for (int mask = 0; mask < 32; mask++) {
            if (Integer.bitCount(mask) < 2) {
                continue;
            }
            List<Integer> subset = new ArrayList<>();
            for (int v = 0; v < 5; v++) {
                if ((mask & 1 << v) != 0) {
                    subset.add(v);
                }
            }
            for (int base : subset) {
                List<Integer> view = new ArrayList<>(List.of(base));
                subset.stream().filter(v -> v != base).forEach(view::add);
                assertEquals(goldGroups(view), groups(partition.project(view), view), "view " + view);
            }
        }
    }

    @Test
    void aConfirmedLinkHoldsInEveryViewAndReadsConfirmedOnlyWhereItIs() {
        // an editor confirms report ¶9 with SANA ¶1, and says report ¶1 stands alone
        Corrections corrections = new Corrections(
                List.of(new Together(List.of(new Node(0, 9), new Node(1, 1)), Set.of(), false),
                        new Together(List.of(new Node(0, 1)), Set.of(), false)),
                List.of(new Link(new Node(0, 9), new Node(1, 1))), List.of());
        StoryPartition partition = partition(corrections);
        List<ViewRow> full = partition.project(List.of(3, 0, 1, 2, 4));
        ViewRow row = full.stream().filter(r -> r.row().cells().get(1).equals(List.of(9))).findFirst().orElseThrow();
        assertEquals(List.of(List.of(1), List.of(9), List.of(1), List.of(), List.of()), row.row().cells());
        assertFalse(row.confirmed(), "the Arabic link was not confirmed");
        assertEquals(List.of(false, true, true, false, false), row.cellConfirmed());
        ViewRow pair = partition.project(List.of(1, 0)).stream().filter(r -> r.row().cells().get(0).equals(List.of(1))).findFirst().orElseThrow();
        assertTrue(pair.confirmed());
        assertEquals(1.0, pair.row().score());
        // report ¶1 now stands alone: Nournews and its translation keep each other
        List<ViewRow> rows = partition.project(List.of(2, 0, 4));
        assertTrue(rows.stream().anyMatch(r -> r.row().cells().equals(List.of(List.of(0), List.of(), List.of(0)))));
        assertTrue(rows.stream().anyMatch(r -> r.row().cells().equals(List.of(List.of(), List.of(1), List.of()))));
        // released: exactly the automatic alignment again
        assertEquals(gold.rows(), partition(Corrections.NONE).project(List.of(0, 1, 2, 3, 4)).stream().map(r -> r.row().cells()).toList());
    }

    private TreeSet<String> goldGroups(List<Integer> view) {
        TreeSet<String> out = new TreeSet<>();
        for (List<List<Integer>> row : gold.rows()) {
            List<List<Integer>> cells = view.stream().map(row::get).toList();
            if (cells.stream().anyMatch(c -> !c.isEmpty())) {
                out.add(key(cells, view));
            }
        }
        return out;
    }

    private static TreeSet<String> groups(List<ViewRow> rows, List<Integer> view) {
        TreeSet<String> out = new TreeSet<>();
        for (ViewRow r : rows) {
            out.add(key(r.row().cells(), view));
        }
        return out;
    }

    /** A row named in a base-independent way: "version:paragraphs" sorted by version. */
    private static String key(List<List<Integer>> cells, List<Integer> view) {
        TreeSet<String> parts = new TreeSet<>();
        for (int x = 0; x < view.size(); x++) {
            if (!cells.get(x).isEmpty()) {
                parts.add(view.get(x) + ":" + cells.get(x));
            }
        }
        return parts.toString();
    }
}
