package dev.parallax.bench;

import dev.parallax.align.engine.Aligner;
import dev.parallax.align.engine.LexiconLearner;
import dev.parallax.align.engine.Bead;
import dev.parallax.align.engine.PairAlignment;
import dev.parallax.align.engine.TextVersion;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.HashMap;

/**
 * Paragraph-level cases built from NTREX-128 (en, ar, fa; every line translates the English line).
 * For each document a base grouping of its sentences into paragraphs (1–4 sentences) is drawn; each
 * language then perturbs it independently: merges neighbouring paragraphs (p = 0.12), splits a paragraph
 * (p = 0.12), drops one (p = 0.04) and, in a third of the documents, moves one paragraph elsewhere. All
 * from a seeded {@link Random}, so every run builds the same cases.
 *
 * <p>Gold: paragraph x of one language and paragraph y of another are linked when they share at least one
 * sentence line. <b>Link F1</b> is F1 over these (x, y) paragraph-pair links, pooled over documents; a
 * system bead a×b yields every pair of its units.
 */
public final class NtrexCases {

    public static final String FOLDER = "ntrex128-en-ar-fa";
    public static final List<String> LANGUAGES = List.of("en", "ar", "fa");
    private static final Map<String, String> FILES = Map.of("en", "newstest2019-src.eng.txt",
            "ar", "newstest2019-ref.arb.txt", "fa", "newstest2019-ref.fas.txt");

    /** A version: its paragraphs and, for each, the sentence line numbers it holds. */
    public record Version(String language, List<String> paragraphs, List<List<Integer>> lines) {
    }

    public record Case(String document, Map<String, Version> versions) {
    }

    private NtrexCases() {
    }

    public static List<Case> build(long seed) {
        Path dir = BenchmarkData.folder(FOLDER);
        Map<String, List<String>> text = new LinkedHashMap<>();
        for (String l : LANGUAGES) {
            text.put(l, read(dir.resolve(FILES.get(l))));
        }
        List<String> docIds = read(dir.resolve("DOCUMENT_IDS.tsv"));
        Map<String, List<Integer>> docs = new LinkedHashMap<>();
        for (int i = 0; i < docIds.size(); i++) {
            docs.computeIfAbsent(docIds.get(i).split("\t")[0].strip(), k -> new ArrayList<>()).add(i);
        }
        Random rnd = new Random(seed);
        List<Case> cases = new ArrayList<>();
        for (Map.Entry<String, List<Integer>> d : docs.entrySet()) {
            List<List<Integer>> base = group(d.getValue(), rnd);
            boolean moveOne = rnd.nextInt(3) == 0;
            Map<String, Version> versions = new LinkedHashMap<>();
            for (String l : LANGUAGES) {
                List<List<Integer>> g = perturb(base, rnd, moveOne);
                List<String> paragraphs = new ArrayList<>();
                for (List<Integer> p : g) {
                    StringBuilder sb = new StringBuilder();
                    for (int line : p) {
                        sb.append(sb.length() > 0 ? " " : "").append(text.get(l).get(line).strip());
                    }
                    paragraphs.add(sb.toString());
                }
                versions.put(l, new Version(l, paragraphs, g));
            }
            cases.add(new Case(d.getKey(), versions));
        }
        return cases;
    }

    private static List<List<Integer>> group(List<Integer> lines, Random rnd) {
        List<List<Integer>> out = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            int size = 1 + rnd.nextInt(4);
            out.add(new ArrayList<>(lines.subList(i, Math.min(lines.size(), i + size))));
            i += size;
        }
        return out;
    }

    private static List<List<Integer>> perturb(List<List<Integer>> base, Random rnd, boolean moveOne) {
        List<List<Integer>> out = new ArrayList<>();
        for (List<Integer> p : base) {
            double r = rnd.nextDouble();
            if (r < 0.04 && base.size() > 2) {
                continue; // dropped
            } else if (r < 0.16 && !out.isEmpty()) {
                out.get(out.size() - 1).addAll(p); // merged with the previous paragraph
            } else if (r < 0.28 && p.size() >= 2) {
                int cut = 1 + rnd.nextInt(p.size() - 1);
                out.add(new ArrayList<>(p.subList(0, cut)));
                out.add(new ArrayList<>(p.subList(cut, p.size())));
            } else {
                out.add(new ArrayList<>(p));
            }
        }
        if (moveOne && out.size() >= 4 && rnd.nextBoolean()) {
            List<Integer> moved = out.remove(rnd.nextInt(out.size()));
            out.add(rnd.nextInt(out.size() + 1), moved);
        }
        return out;
    }

    /**
     * The gold beads of two versions: paragraphs that share a sentence line, directly or through other
     * paragraphs (x0 shares with y0 and y1, x1 with y1 and y2), form one bead, since a row that holds one
     * of them must hold all; a paragraph sharing nothing is a 1-0 or 0-1 bead. Beads are in x order.
     */
    public static List<Bead> goldBeads(Version x, Version y) {
        int n = x.lines().size(), m = y.lines().size();
        int[] parent = new int[n + m];
        for (int k = 0; k < parent.length; k++) {
            parent[k] = k;
        }
        Map<Integer, Integer> paragraphOfLineInX = new HashMap<>();
        for (int i = 0; i < n; i++) {
            for (int line : x.lines().get(i)) {
                paragraphOfLineInX.put(line, i);
            }
        }
        for (int j = 0; j < m; j++) {
            for (int line : y.lines().get(j)) {
                Integer i = paragraphOfLineInX.get(line);
                if (i != null) {
                    union(parent, i, n + j);
                }
            }
        }
        Map<Integer, List<List<Integer>>> byRoot = new TreeMap<>();
        for (int k = 0; k < n + m; k++) {
            List<List<Integer>> bead = byRoot.computeIfAbsent(find(parent, k), r -> List.of(new ArrayList<>(), new ArrayList<>()));
            bead.get(k < n ? 0 : 1).add(k < n ? k : k - n);
        }
        List<Bead> out = new ArrayList<>();
        for (List<List<Integer>> b : byRoot.values()) {
            out.add(new Bead(b.get(0), b.get(1), 1.0, false));
        }
        return out;
    }

    private static int find(int[] parent, int k) {
        while (parent[k] != k) {
            parent[k] = parent[parent[k]];
            k = parent[k];
        }
        return k;
    }

    private static void union(int[] parent, int p, int q) {
        int rp = find(parent, p), rq = find(parent, q);
        if (rp != rq) {
            parent[Math.max(rp, rq)] = Math.min(rp, rq);
        }
    }

    /**
     * Link F1 counts: [true positives, system links, gold links]. Links are the (x, y) paragraph pairs in
     * one bead, for the system's beads and for {@link #goldBeads} alike, so the gold alignment itself scores
     * exactly 1.0. (Counting only pairs that share a line directly would make chains such as x0–y0, x0–y1,
     * x1–y1 unreachable: no set of beads yields those links and not x1–y0.)
     */
    public static int[] linkCounts(Version x, Version y, PairAlignment pa) {
        Set<Long> gold = links(goldBeads(x, y));
        Set<Long> sys = links(pa.beads());
        int tp = 0;
        for (long s : sys) {
            if (gold.contains(s)) {
                tp++;
            }
        }
        return new int[] {tp, sys.size(), gold.size()};
    }

    /** The (x, y) paragraph pairs the beads link, as x << 32 | y. */
    static Set<Long> links(List<Bead> beads) {
        Set<Long> out = new HashSet<>();
        for (Bead b : beads) {
            for (int i : b.a()) {
                for (int j : b.b()) {
                    out.add(((long) i << 32) | j);
                }
            }
        }
        return out;
    }

    /** Each case as a document of three versions (en, ar, fa), as a workbench holds a story. */
    public static List<List<TextVersion>> documents(List<Case> cases) {
        List<List<TextVersion>> out = new ArrayList<>();
        for (Case c : cases) {
            List<TextVersion> versions = new ArrayList<>();
            for (String l : LANGUAGES) {
                versions.add(new TextVersion(l, l, c.versions().get(l).paragraphs()));
            }
            out.add(versions);
        }
        return out;
    }

    /**
     * Link F1 with the word list learnt from the other half of the documents (two folds: the first half is
     * aligned with what the second taught, and the reverse), counts pooled over both.
     */
    public static double crossFoldLinkF1(List<Case> cases, String la, String lb) {
        int half = cases.size() / 2;
        List<List<Case>> folds = List.of(cases.subList(0, half), cases.subList(half, cases.size()));
        int tp = 0, sys = 0, gold = 0;
        for (int f = 0; f < 2; f++) {
            Aligner aligner = new Aligner().withLexicon(new LexiconLearner().learn(documents(folds.get(1 - f))));
            for (Case c : folds.get(f)) {
                Version x = c.versions().get(la), y = c.versions().get(lb);
                int[] k = linkCounts(x, y, aligner.alignPair(new TextVersion(la, la, x.paragraphs()), new TextVersion(lb, lb, y.paragraphs())));
                tp += k[0];
                sys += k[1];
                gold += k[2];
            }
        }
        double p = sys == 0 ? 0 : (double) tp / sys, r = gold == 0 ? 0 : (double) tp / gold;
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Pooled link F1 of one language pair over all cases. */
    public static double linkF1(List<Case> cases, String la, String lb, Aligner aligner) {
        int tp = 0, sys = 0, gold = 0;
        for (Case c : cases) {
            Version x = c.versions().get(la), y = c.versions().get(lb);
            PairAlignment pa = aligner.alignPair(new TextVersion(la, la, x.paragraphs()), new TextVersion(lb, lb, y.paragraphs()));
            int[] k = linkCounts(x, y, pa);
            tp += k[0];
            sys += k[1];
            gold += k[2];
        }
        double p = sys == 0 ? 0 : (double) tp / sys, r = gold == 0 ? 0 : (double) tp / gold;
        if (System.getProperty("parallax.verbose") != null) {
            System.out.printf("  %s-%s P %.3f R %.3f%n", la, lb, p, r);
        }
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    static List<String> read(Path p) {
        try {
            return Files.readAllLines(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
