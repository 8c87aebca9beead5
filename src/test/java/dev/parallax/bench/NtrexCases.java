package dev.parallax.bench;

import dev.parallax.align.engine.Aligner;
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

    /** Link F1 counts: [true positives, system links, gold links]. */
    public static int[] linkCounts(Version x, Version y, PairAlignment pa) {
        Set<Long> gold = new HashSet<>();
        for (int i = 0; i < x.lines().size(); i++) {
            for (int j = 0; j < y.lines().size(); j++) {
                if (x.lines().get(i).stream().anyMatch(y.lines().get(j)::contains)) {
                    gold.add(((long) i << 32) | j);
                }
            }
        }
        Set<Long> sys = new HashSet<>();
        for (Bead b : pa.beads()) {
            for (int i : b.a()) {
                for (int j : b.b()) {
                    sys.add(((long) i << 32) | j);
                }
            }
        }
        int tp = 0;
        for (long s : sys) {
            if (gold.contains(s)) {
                tp++;
            }
        }
        return new int[] {tp, sys.size(), gold.size()};
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
