package dev.parallax.align.engine;

import dev.parallax.align.engine.score.SentenceEvidence;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Paragraph beads read off sentence links, on the shapes NTREX's perturbed documents hold (bbc.381679 and
 * its kind): regroupings the paragraph DP cannot express, a dropped paragraph, a moved one.
 */
class SentenceGroupsTest {

    private static Bead single(int a, int b) {
        return new Bead(a < 0 ? List.of() : List.of(a), b < 0 ? List.of() : List.of(b), a < 0 || b < 0 ? Double.NaN : 0.9, false);
    }

    @Test
    void aThreeTwoRegroupingADroppedParagraphAndAMovedOne() {
        // A: ¶0 ¶1 ¶2 (one text in three), ¶3 dropped by B, ¶4 moved to B's start
        // B: ¶0 (= A ¶4), ¶1 ¶2 (= A ¶0-2 regrouped)
        List<int[]> links = List.of(new int[] {0, 1}, new int[] {1, 1}, new int[] {1, 2}, new int[] {2, 2}, new int[] {4, 0});
        SentenceEvidence ev = new SentenceEvidence(5, 3, links, new double[] {0.9, 0.8, 0.7, 0.9, 1.0},
                new double[] {Double.NaN, Double.NaN, Double.NaN, 0.8, Double.NaN}, new double[3]);
        // what the DP found: 1-1 beads that cut the regrouping, and the moved pair apart
        List<Bead> dp = List.of(single(0, 1), single(1, 2), single(2, -1), single(3, -1), single(4, -1), single(-1, 0));
        List<Bead> beads = SentenceGroups.of(dp, ev, 5, 3);
        assertEquals(List.of("[0, 1, 2]|[1, 2]", "[3]|[]", "[4]|[0]"),
                beads.stream().map(b -> b.a() + "|" + b.b()).sorted().toList());
        Bead regrouped = beads.stream().filter(b -> b.a().size() == 3).findFirst().orElseThrow();
        assertEquals(0.825, regrouped.score(), 1e-9); // the mean of its four sentence links
        // the dropped paragraph: the DP had no confidence for it, the sentence pass's skip had 0.8
        assertEquals(0.8, beads.stream().filter(b -> b.a().equals(List.of(3))).findFirst().orElseThrow().score(), 1e-9);
        // the longest in-order chain is the regrouped bead; the other link was moved
        assertEquals(List.of(false, true), beads.stream().filter(Bead::isLink)
                .sorted((p, q) -> Integer.compare(p.a().get(0), q.a().get(0))).map(Bead::moved).toList());
    }

    @Test
    void paragraphsInForcedBeadsAreLeftOut() {
        // an editor's bead holds A ¶1 and B ¶1: only the DP's beads (the free paragraphs) are regrouped
        SentenceEvidence ev = new SentenceEvidence(2, 2, List.of(new int[] {0, 0}, new int[] {0, 1}, new int[] {1, 1}));
        List<Bead> beads = SentenceGroups.of(List.of(single(0, 0)), ev, 2, 2);
        assertEquals(List.of("[0]|[0]"), beads.stream().map(b -> b.a() + "|" + b.b()).toList());
    }
}
