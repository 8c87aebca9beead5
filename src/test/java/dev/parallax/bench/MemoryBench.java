package dev.parallax.bench;

import dev.parallax.memory.engine.MemoryIndex;
import dev.parallax.memory.engine.Segment;
import dev.parallax.memory.engine.TextIndex;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Translation memory and search (issue 16) on NTREX-128 en/ar/fa: a memory holding an edited variant of every English
 * line with its Arabic and Persian translation, filled up to N segments per language pair with sentences spliced from
 * two other lines (hard distractors: they share many words with the queries); each original English line is looked
 * up. Match quality: the first match is the line's own translation. Speed: look-up p50/p99, and phrase search over
 * generated stories. Arguments: segments per pair (default 100000), stories for search (default 10000).
 *
 * <p>Rerun: {@code ./mvnw -q -B test-compile org.codehaus.mojo:exec-maven-plugin:3.5.0:java -Dexec.classpathScope=test
 * -Dexec.mainClass=dev.parallax.bench.MemoryBench -Dexec.args="100000 10000"}
 */
public final class MemoryBench {

    public static void main(String[] args) throws IOException {
        int perPair = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int stories = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        if (!BenchmarkData.has(NtrexCases.FOLDER)) {
            System.out.println("skipped: " + BenchmarkData.folder(NtrexCases.FOLDER) + " is absent");
            return;
        }
        Path dir = BenchmarkData.folder(NtrexCases.FOLDER);
        List<String> en = Files.readAllLines(dir.resolve("newstest2019-src.eng.txt"), StandardCharsets.UTF_8);
        List<String> ar = Files.readAllLines(dir.resolve("newstest2019-ref.arb.txt"), StandardCharsets.UTF_8);
        List<String> fa = Files.readAllLines(dir.resolve("newstest2019-ref.fas.txt"), StandardCharsets.UTF_8);
        Random random = new Random(2026);
        List<String> vocabulary = new ArrayList<>();
        for (String line : en) {
            vocabulary.addAll(Arrays.asList(line.split("\\s+")));
        }

        MemoryIndex index = new MemoryIndex();
        long start = System.nanoTime();
        List<Segment> variants = new ArrayList<>();
        for (int i = 0; i < en.size(); i++) {
            String edited = edit(en.get(i), random, vocabulary);
            variants.add(new Segment("en", "ar", edited, ar.get(i), "approved", i, i));
            variants.add(new Segment("en", "fa", edited, fa.get(i), "approved", i, i));
        }
        index.replace("ntrex", variants);
        int filler = Math.max(0, perPair - en.size());
        for (int chunk = 0; chunk * 5000 < filler; chunk++) {
            List<Segment> spliced = new ArrayList<>();
            for (int k = chunk * 5000; k < Math.min(filler, (chunk + 1) * 5000); k++) {
                int a = random.nextInt(en.size());
                int b = random.nextInt(en.size());
                String source = half(en.get(a), true) + " " + half(en.get(b), false);
                spliced.add(new Segment("en", "ar", source, half(ar.get(a), true) + " " + half(ar.get(b), false), "approved", k, -1));
                spliced.add(new Segment("en", "fa", source, half(fa.get(a), true) + " " + half(fa.get(b), false), "approved", k, -1));
            }
            index.replace("generated-" + chunk, spliced);
        }
        long buildMs = (System.nanoTime() - start) / 1_000_000;
        System.gc();
        long heapMb = (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20;
        System.out.printf("memory: %,d segments (%,d per language pair), built in %,d ms, heap in use %d MB%n",
                index.size(), index.size() / 2, buildMs, heapMb);

        for (String target : List.of("ar", "fa")) {
            List<String> truth = target.equals("ar") ? ar : fa;
            int right = 0;
            int none = 0;
            long[] times = new long[en.size()];
            for (int round = 0; round < 2; round++) { // the first round warms up; the second is timed
                right = 0;
                none = 0;
                for (int i = 0; i < en.size(); i++) {
                    long t = System.nanoTime();
                    List<MemoryIndex.Match> matches = index.lookup("en", target, en.get(i), 0.5, 5);
                    times[i] = System.nanoTime() - t;
                    if (matches.isEmpty()) {
                        none++;
                    } else if (matches.get(0).target().equals(truth.get(i))) {
                        right++;
                    }
                }
            }
            Arrays.sort(times);
            System.out.printf("en→%s: first match right %d / %d = %.1f %% (no match %d); look-up p50 %.1f ms, p99 %.1f ms%n",
                    target, right, en.size(), 100.0 * right / en.size(), none, times[times.length / 2] / 1e6,
                    times[(int) (times.length * 0.99)] / 1e6);
        }

        // search: stories of three versions (en, ar, fa), eight paragraphs each, from NTREX lines
        TextIndex text = new TextIndex();
        start = System.nanoTime();
        for (int s = 0; s < stories; s++) {
            List<TextIndex.Doc> docs = new ArrayList<>();
            for (int p = 0; p < 8; p++) {
                int line = random.nextInt(en.size());
                docs.add(new TextIndex.Doc("en", en.get(line), s));
                docs.add(new TextIndex.Doc("ar", ar.get(line), s));
                docs.add(new TextIndex.Doc("fa", fa.get(line), s));
            }
            text.replace("story:" + s, docs);
        }
        long searchBuild = (System.nanoTime() - start) / 1_000_000;
        long[] searchTimes = new long[1000];
        int found = 0;
        for (int round = 0; round < 2; round++) {
            found = 0;
            for (int q = 0; q < searchTimes.length; q++) {
                String[] words = en.get((q * 7919) % en.size()).split("\\s+");
                int from = words.length > 3 ? (q % (words.length - 3)) : 0;
                String phrase = String.join(" ", Arrays.copyOfRange(words, from, Math.min(words.length, from + 3)));
                long t = System.nanoTime();
                List<TextIndex.Hit> hits = text.find(phrase, false, d -> true);
                searchTimes[q] = System.nanoTime() - t;
                found += hits.isEmpty() ? 0 : 1;
            }
        }
        Arrays.sort(searchTimes);
        System.out.printf("search: %,d stories (%,d paragraphs) indexed in %,d ms; 3-word phrase search p50 %.2f ms, p99 %.2f ms "
                        + "(%d of %d queries with hits)%n", stories, text.size(), searchBuild,
                searchTimes[searchTimes.length / 2] / 1e6, searchTimes[(int) (searchTimes.length * 0.99)] / 1e6, found, searchTimes.length);
    }

    /** One edit a translator's later source might make: a word replaced, dropped or added, or a number changed. */
    static String edit(String line, Random random, List<String> vocabulary) {
        List<String> words = new ArrayList<>(Arrays.asList(line.split("\\s+")));
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).matches("\\d+")) {
                if (random.nextInt(2) == 0) {
                    words.set(i, String.valueOf(Integer.parseInt(words.get(i).length() > 9 ? "7" : words.get(i)) + 1));
                    return String.join(" ", words);
                }
            }
        }
        if (words.size() < 4) {
            return line + " " + vocabulary.get(random.nextInt(vocabulary.size()));
        }
        int at = random.nextInt(words.size());
        switch (random.nextInt(3)) {
            case 0 -> words.set(at, vocabulary.get(random.nextInt(vocabulary.size())));
            case 1 -> words.remove(at);
            default -> words.add(at, vocabulary.get(random.nextInt(vocabulary.size())));
        }
        return String.join(" ", words);
    }

    private static String half(String line, boolean first) {
        String[] words = line.split("\\s+");
        int mid = words.length / 2;
        return String.join(" ", first ? Arrays.copyOfRange(words, 0, mid) : Arrays.copyOfRange(words, mid, words.length));
    }
}
