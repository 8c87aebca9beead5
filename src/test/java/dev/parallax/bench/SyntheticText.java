package dev.parallax.bench;

import dev.parallax.align.engine.TextVersion;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Synthetic parallel versions for timing, so the speed benchmark runs without any data: a Zipf-like
 * vocabulary of invented words, capitalised names and numbers; each other "language" rewrites every word
 * through its own fixed spelling change (reversal plus a suffix), keeps names and numbers, and merges,
 * drops and moves a few paragraphs.
 */
public final class SyntheticText {

    private SyntheticText() {
    }

    public static List<TextVersion> versions(int count, int paragraphs, long seed) {
        return story(count, paragraphs, seed).versions();
    }

    /**
     * Versions with their gold: {@code origins.get(v).get(p)} lists the paragraphs of version 0 that paragraph
     * p of version v renders (one, or several where paragraphs were merged).
     */
    public record Story(List<TextVersion> versions, List<List<List<Integer>>> origins) {

        /**
         * Link precision, recall and F1 of a grouping against the gold: a link is two paragraphs of different
         * versions in one group; the gold groups are the paragraphs sharing an origin, transitively.
         */
        public double[] score(java.util.function.BiFunction<Integer, Integer, Integer> groupOf) {
            int[] offset = new int[versions.size() + 1];
            for (int v = 0; v < versions.size(); v++) {
                offset[v + 1] = offset[v] + versions.get(v).size();
            }
            int[] parent = new int[offset[versions.size()]];
            for (int n = 0; n < parent.length; n++) {
                parent[n] = n;
            }
            for (int v = 1; v < versions.size(); v++) {
                for (int p = 0; p < versions.get(v).size(); p++) {
                    for (int o : origins.get(v).get(p)) {
                        parent[find(parent, offset[v] + p)] = find(parent, o);
                    }
                }
            }
            long tp = 0, predicted = 0, gold = 0;
            for (int v = 0; v < versions.size(); v++) {
                for (int w = v + 1; w < versions.size(); w++) {
                    for (int p = 0; p < versions.get(v).size(); p++) {
                        for (int q = 0; q < versions.get(w).size(); q++) {
                            boolean g = find(parent, offset[v] + p) == find(parent, offset[w] + q);
                            boolean t = groupOf.apply(v, p).equals(groupOf.apply(w, q));
                            gold += g ? 1 : 0;
                            predicted += t ? 1 : 0;
                            tp += g && t ? 1 : 0;
                        }
                    }
                }
            }
            double precision = predicted == 0 ? 0 : (double) tp / predicted, recall = gold == 0 ? 0 : (double) tp / gold;
            return new double[] {precision, recall, precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)};
        }

        private static int find(int[] parent, int x) {
            while (parent[x] != x) {
                parent[x] = parent[parent[x]];
                x = parent[x];
            }
            return x;
        }
    }

    public static Story story(int count, int paragraphs, long seed) {
        Random rnd = new Random(seed);
        List<String> vocabulary = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            vocabulary.add(word(rnd));
        }
        List<String> base = new ArrayList<>();
        for (int p = 0; p < paragraphs; p++) {
            StringBuilder sb = new StringBuilder();
            int words = 20 + rnd.nextInt(60);
            for (int w = 0; w < words; w++) {
                double r = rnd.nextDouble();
                String t = r < 0.05 ? capital(vocabulary.get(rnd.nextInt(vocabulary.size())))
                        : r < 0.08 ? String.valueOf(rnd.nextInt(3000))
                        : vocabulary.get((int) Math.min(vocabulary.size() - 1, Math.abs(rnd.nextGaussian()) * 400));
                sb.append(w == 0 ? "" : " ").append(t);
            }
            base.add(sb.append('.').toString());
        }
        List<TextVersion> out = new ArrayList<>();
        List<List<List<Integer>>> origins = new ArrayList<>();
        out.add(new TextVersion("v0", "xa", base));
        List<List<Integer>> own = new ArrayList<>();
        for (int p = 0; p < base.size(); p++) {
            own.add(List.of(p));
        }
        origins.add(own);
        for (int v = 1; v < count; v++) {
            String suffix = "" + (char) ('a' + v);
            List<String> other = new ArrayList<>();
            List<List<Integer>> origin = new ArrayList<>();
            for (int p = 0; p < base.size(); p++) {
                double r = rnd.nextDouble();
                String t = translate(base.get(p), suffix);
                if (r < 0.03) {
                    continue;
                } else if (r < 0.08 && !other.isEmpty()) {
                    other.set(other.size() - 1, other.get(other.size() - 1) + " " + t);
                    origin.get(origin.size() - 1).add(p);
                } else {
                    other.add(t);
                    origin.add(new ArrayList<>(List.of(p)));
                }
            }
            if (other.size() > 10) {
                int to = rnd.nextInt(other.size()), from = rnd.nextInt(other.size());
                other.add(to, other.remove(from));
                origin.add(to, origin.remove(from));
            }
            out.add(new TextVersion("v" + v, "x" + suffix, other));
            origins.add(origin);
        }
        return new Story(out, origins);
    }

    private static String translate(String paragraph, String suffix) {
        StringBuilder sb = new StringBuilder();
        for (String w : paragraph.split(" ")) {
            boolean keep = Character.isUpperCase(w.charAt(0)) || Character.isDigit(w.charAt(0));
            sb.append(sb.length() > 0 ? " " : "").append(keep ? w : new StringBuilder(w).reverse() + suffix);
        }
        return sb.toString();
    }

    private static String word(Random rnd) {
        String consonants = "bcdfghklmnprstvz", vowels = "aeiou";
        StringBuilder sb = new StringBuilder();
        int syllables = 1 + rnd.nextInt(3);
        for (int s = 0; s < syllables; s++) {
            sb.append(consonants.charAt(rnd.nextInt(consonants.length()))).append(vowels.charAt(rnd.nextInt(vowels.length())));
        }
        return sb.toString();
    }

    private static String capital(String w) {
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }
}
