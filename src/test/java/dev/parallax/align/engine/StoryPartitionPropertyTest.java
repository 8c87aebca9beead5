package dev.parallax.align.engine;

import dev.parallax.align.engine.StoryPartition.Corrections;
import dev.parallax.align.engine.StoryPartition.Link;
import dev.parallax.align.engine.StoryPartition.Node;
import dev.parallax.align.engine.StoryPartition.Together;
import dev.parallax.align.engine.StoryPartition.ViewRow;
import dev.parallax.bench.SyntheticText;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Properties of the one alignment over many generated stories (3 to 5 versions of 4 to 14 paragraphs that
 * drop, merge and move paragraphs; some versions translations of others): the groups are the same for every
 * base; every subset view is the projection of the full view; a confirmed link holds whatever happens
 * elsewhere (another version edited, a translation added); without corrections the automatic alignment
 * comes back exactly; a translation added never changes the groups among the other versions. Checked with every
 * pair of versions aligned and with the spanning set long stories get ({@link PairPlan}).
 */
class StoryPartitionPropertyTest {

    static final int STORIES = 60;
    final Aligner aligner = new Aligner();

    /** Pairs aligned: every pair (the budget no short story reaches) or, at 0, the spanning set of {@link PairPlan}. */
    long budget = Long.MAX_VALUE;

    @Test
    void propertiesHoldOnGeneratedStories() {
        check(STORIES);
    }

    @Test
    void propertiesHoldWithTheSpanningSetOfPairs() {
        budget = 0;
        check(STORIES / 2);
    }

    private void check(int stories) {
        for (int seed = Integer.getInteger("partition.seed", 1); seed <= Integer.getInteger("partition.seed", stories); seed++) {
            Random rnd = new Random(seed);
            int k = 3 + rnd.nextInt(3);
            List<TextVersion> versions = SyntheticText.versions(k, 4 + rnd.nextInt(11), seed);
            int[] sourceOf = new int[k];
            Arrays.fill(sourceOf, -1);
            if (rnd.nextBoolean()) {
                sourceOf[k - 1] = rnd.nextInt(k - 1); // the last version translates an earlier one
            }
            String story = "story " + seed + " (" + k + " versions)";
            StoryPartition automatic = build(versions, sourceOf, Corrections.NONE);
            sameGroupsForEveryBaseAndSubset(automatic, k, rnd, story);

            // an editor confirms a row of the full view and keeps two paragraphs of other rows apart
            List<ViewRow> full = automatic.project(range(k));
            List<ViewRow> linked = full.stream().filter(r -> nodes(r, range(k)).size() >= 2).toList();
            if (linked.isEmpty()) {
                continue;
            }
            List<Node> confirmedRow = nodes(linked.get(rnd.nextInt(linked.size())), range(k));
            List<Link> links = new ArrayList<>();
            for (int i = 1; i < confirmedRow.size(); i++) {
                if (confirmedRow.get(i).version() != confirmedRow.get(0).version()) {
                    links.add(new Link(confirmedRow.get(0), confirmedRow.get(i)));
                }
            }
            Corrections corrections = new Corrections(List.of(new Together(confirmedRow, Set.of(), false)), links, List.of());
            StoryPartition corrected = build(versions, sourceOf, corrections);
            sameGroupsForEveryBaseAndSubset(corrected, k, rnd, story + " corrected");
            holds(corrected, confirmedRow, story + ": confirmed");

            // another version edited (a paragraph rewritten, one deleted at the end) and a translation added:
            // the confirmed link still holds, in every view
            int edited = (confirmedRow.get(0).version() + 1) % k;
            List<TextVersion> changed = new ArrayList<>(versions);
            List<String> paragraphs = new ArrayList<>(versions.get(edited).paragraphs());
            int p = rnd.nextInt(paragraphs.size());
            paragraphs.set(p, paragraphs.get(p) + " Added words 2024 Zorbat.");
            if (paragraphs.size() > 2 && confirmedRow.stream().noneMatch(n -> n.version() == edited)) {
                paragraphs.remove(paragraphs.size() - 1);
            }
            changed.set(edited, new TextVersion(versions.get(edited).id(), versions.get(edited).language(), paragraphs));
            StoryPartition afterEdit = build(changed, sourceOf, corrections);
            holds(afterEdit, confirmedRow, story + ": after an edit elsewhere");

            int source = rnd.nextInt(k);
            List<TextVersion> withTranslation = new ArrayList<>(changed);
            withTranslation.add(new TextVersion("t", "xt", changed.get(source).paragraphs().stream()
                    .map(s -> new StringBuilder(s).reverse().toString()).toList()));
            int[] sources = Arrays.copyOf(sourceOf, k + 1);
            sources[k] = source;
            StoryPartition translated = build(withTranslation, sources, corrections);
            holds(translated, confirmedRow, story + ": after a translation was added");
            List<Integer> others = range(k);
            Collections.shuffle(others, rnd);
            assertEquals(groups(afterEdit.project(others), others), groups(translated.project(others), others),
                    story + ": a new translation changed the groups among the other versions");

            // released: exactly the automatic alignment again
            assertEquals(groups(automatic.project(range(k)), range(k)),
                    groups(build(versions, sourceOf, Corrections.NONE).project(range(k)), range(k)), story + ": released");
        }
    }

    private StoryPartition build(List<TextVersion> versions, int[] sourceOf, Corrections corrections) {
        List<int[]> plan = PairPlan.of(versions, sourceOf, budget);
        return StoryPartition.build(versions, sourceOf, (i, j) -> plan.stream().anyMatch(ij -> ij[0] == i && ij[1] == j)
                ? aligner.alignPair(versions.get(i), versions.get(j)) : null, corrections);
    }

    /** The confirmed paragraphs share one row, which reads confirmed, in the full view with each base. */
    private static void holds(StoryPartition partition, List<Node> confirmed, String what) {
        int k = partition.versions().size();
        int group = partition.groupOf(confirmed.get(0).version(), confirmed.get(0).paragraph());
        for (Node n : confirmed) {
            assertEquals(group, partition.groupOf(n.version(), n.paragraph()), what + ": " + n + " left its confirmed row");
        }
        for (int base = 0; base < k; base++) {
            List<Integer> view = rotated(k, base);
            ViewRow row = partition.project(view).stream().filter(r -> nodes(r, view).contains(confirmed.get(0))).findFirst().orElseThrow();
            assertTrue(nodes(row, view).containsAll(confirmed), what);
            assertTrue(row.row().fixed(), what + ": the row reads fixed");
        }
    }

    private static void sameGroupsForEveryBaseAndSubset(StoryPartition partition, int k, Random rnd, String story) {
        TreeSet<String> full = groups(partition.project(range(k)), range(k));
        for (int base = 1; base < k; base++) {
            List<Integer> view = rotated(k, base);
            Collections.shuffle(view.subList(1, k), rnd);
            assertEquals(full, groups(partition.project(view), view), story + ": base " + base);
        }
        for (int t = 0; t < 4; t++) {
            List<Integer> view = range(k);
            Collections.shuffle(view, rnd);
            view = new ArrayList<>(view.subList(0, 2 + rnd.nextInt(k - 1)));
            TreeSet<String> projected = new TreeSet<>();
            for (ViewRow r : partition.project(range(k))) {
                StringBuilder key = new StringBuilder();
                for (int v : new TreeSet<>(view)) {
                    if (!r.row().cells().get(v).isEmpty()) {
                        key.append(v).append(':').append(r.row().cells().get(v)).append(' ');
                    }
                }
                if (!key.isEmpty()) {
                    projected.add(key.toString());
                }
            }
            List<ViewRow> rows = partition.project(view);
            assertEquals(projected, groups(rows, view), story + ": view " + view);
            // every paragraph of the view in exactly one row
            for (int x = 0; x < view.size(); x++) {
                List<Integer> seen = new ArrayList<>();
                for (ViewRow r : rows) {
                    seen.addAll(r.row().cells().get(x));
                }
                Collections.sort(seen);
                assertEquals(range(partition.versions().get(view.get(x)).size()), seen, story + ": version " + view.get(x));
            }
        }
    }

    private static TreeSet<String> groups(List<ViewRow> rows, List<Integer> view) {
        TreeSet<String> out = new TreeSet<>();
        for (ViewRow r : rows) {
            StringBuilder key = new StringBuilder();
            List<Integer> order = new ArrayList<>(range(view.size()));
            order.sort((a, b) -> Integer.compare(view.get(a), view.get(b)));
            for (int x : order) {
                if (!r.row().cells().get(x).isEmpty()) {
                    key.append(view.get(x)).append(':').append(r.row().cells().get(x)).append(' ');
                }
            }
            out.add(key.toString());
        }
        return out;
    }

    private static List<Node> nodes(ViewRow r, List<Integer> view) {
        List<Node> out = new ArrayList<>();
        for (int x = 0; x < view.size(); x++) {
            for (int p : r.row().cells().get(x)) {
                out.add(new Node(view.get(x), p));
            }
        }
        return out;
    }

    private static List<Integer> range(int n) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(i);
        }
        return out;
    }

    private static List<Integer> rotated(int k, int base) {
        List<Integer> view = new ArrayList<>();
        view.add(base);
        for (int v = 0; v < k; v++) {
            if (v != base) {
                view.add(v);
            }
        }
        return view;
    }
}
