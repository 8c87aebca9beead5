package dev.parallax.align.engine;

import dev.parallax.align.engine.support.StoryFolder;
import dev.parallax.bench.SyntheticText;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Which pairs a story aligns: every pair for short stories like the seed, a spanning set for long ones, chosen
 * so that a translation or a later version never takes a pair away from the versions already there.
 */
class PairPlanTest {

    @Test
    void theSeedStoryAlignsEveryPair() {
        List<TextVersion> seed = StoryFolder.versions(Path.of("translations/assad-tehran-visit"));
        assertEquals(10, PairPlan.of(seed, new int[] {-1, -1, -1, 1, 2}).size());
    }

    @Test
    void aLongStoryAlignsEachVersionWithTheFirstAndItsNearestEarlierOnes() {
        List<TextVersion> versions = SyntheticText.versions(5, 500, 42L);
        int[] none = {-1, -1, -1, -1, -1};
        List<String> plan = names(PairPlan.of(versions, none));
        // connected through the first version, and each later version with up to two earlier ones besides it
        for (int v = 1; v < 5; v++) {
            assertTrue(plan.contains("0-" + v), plan.toString());
        }
        assertEquals(4 + 1 + 2 + 2, plan.size(), plan.toString());
        assertTrue(plan.containsAll(List.of("1-2", "1-3", "2-3")), plan.toString()); // 2 and 3 have no other choice
        assertEquals(2, plan.stream().filter(p -> p.endsWith("-4") && !p.startsWith("0-")).count(), plan.toString());

        // a translation of version 3 added: pairs with its source only, and the originals' pairs stay
        List<TextVersion> withTranslation = new ArrayList<>(versions);
        withTranslation.add(new TextVersion("t", "xt", versions.get(3).paragraphs()));
        List<String> translated = names(PairPlan.of(withTranslation, new int[] {-1, -1, -1, -1, -1, 3}));
        List<String> expected = new ArrayList<>(plan);
        expected.add("3-5");
        assertEquals(expected.stream().sorted().toList(), translated.stream().sorted().toList());

        // a sixth original: the earlier versions keep their pairs
        List<TextVersion> six = SyntheticText.versions(6, 500, 42L);
        List<String> more = names(PairPlan.of(six.subList(0, 5), none));
        int[] six1 = new int[6];
        Arrays.fill(six1, -1);
        assertTrue(names(PairPlan.of(six, six1)).containsAll(more));
    }

    private static List<String> names(List<int[]> plan) {
        return plan.stream().map(ij -> ij[0] + "-" + ij[1]).toList();
    }
}
