package dev.parallax.bench;

import dev.parallax.align.engine.Aligner;
import dev.parallax.align.engine.Bead;
import dev.parallax.align.engine.LexiconLearner;
import dev.parallax.align.engine.PairAlignment;
import dev.parallax.align.engine.TextVersion;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The tuning harness for the NTREX paragraph cases: link F1 per language pair on the tuning seeds (7, 11
 * and 99 by default, never the reported 2024), with and without the word list learnt from the documents,
 * and with {@code -Dkinds} the missed and extra links by the kind of gold bead they belong to (1-1, merge,
 * a shape the paragraph DP cannot express, moved, dropped). Not a benchmark: AlignBench reports.
 * Run: {@code ./mvnw -q -B test-compile org.codehaus.mojo:exec-maven-plugin:3.5.0:java
 * -Dexec.mainClass=dev.parallax.bench.NtrexTune -Dexec.classpathScope=test [-Dseeds=7,11] [-Dkinds]}
 */
public final class NtrexTune {

    private static final String[][] PAIRS = {{"en", "ar"}, {"en", "fa"}, {"ar", "fa"}};

    public static void main(String[] args) {
        if (!BenchmarkData.has(NtrexCases.FOLDER)) {
            System.out.println("NTREX data absent: " + BenchmarkData.folder(NtrexCases.FOLDER));
            return;
        }
        for (String seed : System.getProperty("seeds", "7,11,99").split(",")) {
            List<NtrexCases.Case> cases = NtrexCases.build(Long.parseLong(seed.strip()));
            Aligner alone = new Aligner();
            Aligner learnt = new Aligner().withLexicon(new LexiconLearner().learn(NtrexCases.documents(cases)));
            StringBuilder line = new StringBuilder("seed " + seed + ":");
            for (String[] p : PAIRS) {
                line.append(String.format("  %s-%s %.4f (alone %.4f)", p[0], p[1],
                        NtrexCases.linkF1(cases, p[0], p[1], learnt), NtrexCases.linkF1(cases, p[0], p[1], alone)));
            }
            System.out.println(line);
            if (System.getProperty("kinds") != null) {
                for (String[] p : PAIRS) {
                    System.out.println("  " + p[0] + "-" + p[1] + " missed/extra/gold links: " + kinds(cases, learnt, p[0], p[1]));
                }
            }
        }
    }

    /** Missed, extra and gold links, by the kind of gold bead a link belongs to. */
    static Map<String, List<Integer>> kinds(List<NtrexCases.Case> cases, Aligner aligner, String la, String lb) {
        Map<String, int[]> counts = new TreeMap<>();
        for (NtrexCases.Case c : cases) {
            NtrexCases.Version x = c.versions().get(la), y = c.versions().get(lb);
            PairAlignment pa = aligner.alignPair(new TextVersion(la, la, x.paragraphs()), new TextVersion(lb, lb, y.paragraphs()));
            List<Bead> gold = NtrexCases.goldBeads(x, y);
            int[] beadOfA = new int[x.paragraphs().size()], beadOfB = new int[y.paragraphs().size()];
            String[] kind = new String[gold.size()];
            for (int g = 0; g < gold.size(); g++) {
                Bead b = gold.get(g);
                for (int i : b.a()) {
                    beadOfA[i] = g;
                }
                for (int j : b.b()) {
                    beadOfB[j] = g;
                }
                kind[g] = kindOf(b, gold);
            }
            Set<Long> system = NtrexCases.links(pa.beads()), expected = NtrexCases.links(gold);
            for (long l : expected) {
                int[] k = counts.computeIfAbsent(kind[beadOfA[(int) (l >>> 32)]], z -> new int[3]);
                k[2]++;
                if (!system.contains(l)) {
                    k[0]++;
                }
            }
            for (long l : system) {
                if (!expected.contains(l)) {
                    String ka = kind[beadOfA[(int) (l >>> 32)]], kb = kind[beadOfB[(int) l]];
                    String k = ka.equals("dropped") || kb.equals("dropped") ? "dropped" : kb.equals("moved") ? "moved" : ka;
                    counts.computeIfAbsent(k, z -> new int[3])[1]++;
                }
            }
        }
        Map<String, List<Integer>> out = new TreeMap<>();
        counts.forEach((k, v) -> out.put(k, List.of(v[0], v[1], v[2])));
        return out;
    }

    private static String kindOf(Bead b, List<Bead> gold) {
        if (!b.isLink()) {
            return "dropped";
        }
        for (Bead o : gold) {
            if (o != b && o.isLink() && Integer.signum(o.a().get(0) - b.a().get(0)) != Integer.signum(o.b().get(0) - b.b().get(0))) {
                return "moved";
            }
        }
        int na = b.a().size(), nb = b.b().size();
        if (na > 3 || nb > 3 || (na >= 2 && nb >= 2 && na + nb > 4)) {
            return "beyond-dp-shapes";
        }
        return na == 1 && nb == 1 ? "1-1" : "merge";
    }

    private NtrexTune() {
    }
}
