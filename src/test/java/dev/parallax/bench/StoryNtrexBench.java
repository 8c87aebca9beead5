package dev.parallax.bench;

import dev.parallax.align.engine.Aligner;
import dev.parallax.align.engine.Bead;
import dev.parallax.align.engine.PairAlignment;
import dev.parallax.align.engine.StoryPartition;
import dev.parallax.align.engine.StoryPartition.Corrections;
import dev.parallax.align.engine.TextVersion;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * NTREX en/ar/fa (seed 2024) as lone stories: each document is a story of three versions on a workbench
 * that holds nothing else (no learnt word list), aligned as the application does (one alignment per story,
 * {@link StoryPartition}), and each pair's view scored by link F1 against the gold groups. The pairwise
 * aligner's own F1 on the same pairs is printed beside it.
 */
public final class StoryNtrexBench {

    public static void main(String[] args) {
        List<NtrexCases.Case> cases = NtrexCases.build(2024L);
        Aligner aligner = new Aligner();
        List<String> langs = NtrexCases.LANGUAGES;
        int[][] story = new int[3][3], pairwise = new int[3][3];
        long t0 = System.nanoTime();
        for (NtrexCases.Case c : cases) {
            List<TextVersion> versions = new ArrayList<>();
            for (String l : langs) {
                versions.add(new TextVersion(l, l, c.versions().get(l).paragraphs()));
            }
            Map<String, PairAlignment> pairs = new HashMap<>();
            int[] sourceOf = new int[3];
            Arrays.fill(sourceOf, -1);
            StoryPartition partition = StoryPartition.build(versions, sourceOf,
                    (i, j) -> pairs.computeIfAbsent(i + "," + j, k -> aligner.alignPair(versions.get(i), versions.get(j))), Corrections.NONE);
            int p = 0;
            for (int i = 0; i < 3; i++) {
                for (int j = i + 1; j < 3; j++, p++) {
                    NtrexCases.Version x = c.versions().get(langs.get(i)), y = c.versions().get(langs.get(j));
                    List<Bead> beads = new ArrayList<>();
                    for (StoryPartition.ViewRow r : partition.project(List.of(i, j))) {
                        beads.add(new Bead(r.row().cells().get(0), r.row().cells().get(1), r.row().score(), false));
                    }
                    add(story[p], NtrexCases.linkCounts(x, y, new PairAlignment(langs.get(i), langs.get(j), beads)));
                    add(pairwise[p], NtrexCases.linkCounts(x, y, pairs.get(i + "," + j)));
                }
            }
        }
        System.out.printf("%d documents in %d ms%n", cases.size(), (System.nanoTime() - t0) / 1_000_000);
        String[] names = {"en–ar", "en–fa", "ar–fa"};
        System.out.println("| pair | one alignment per story (P / R / F1) | pairwise aligner alone (F1) |");
        System.out.println("|---|---|---|");
        for (int p = 0; p < 3; p++) {
            System.out.printf("| %s | %.3f / %.3f / **%.3f** | %.3f |%n", names[p], prec(story[p]), rec(story[p]), f1(story[p]), f1(pairwise[p]));
        }
    }

    private static void add(int[] acc, int[] k) {
        for (int i = 0; i < 3; i++) {
            acc[i] += k[i];
        }
    }

    private static double prec(int[] k) {
        return k[1] == 0 ? 0 : (double) k[0] / k[1];
    }

    private static double rec(int[] k) {
        return k[2] == 0 ? 0 : (double) k[0] / k[2];
    }

    private static double f1(int[] k) {
        double p = prec(k), r = rec(k);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private StoryNtrexBench() {
    }
}
