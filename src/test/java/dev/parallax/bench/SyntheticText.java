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
        out.add(new TextVersion("v0", "xa", base));
        for (int v = 1; v < count; v++) {
            String suffix = "" + (char) ('a' + v);
            List<String> other = new ArrayList<>();
            for (String p : base) {
                double r = rnd.nextDouble();
                String t = translate(p, suffix);
                if (r < 0.03) {
                    continue;
                } else if (r < 0.08 && !other.isEmpty()) {
                    other.set(other.size() - 1, other.get(other.size() - 1) + " " + t);
                } else {
                    other.add(t);
                }
            }
            if (other.size() > 10) {
                other.add(rnd.nextInt(other.size()), other.remove(rnd.nextInt(other.size())));
            }
            out.add(new TextVersion("v" + v, "x" + suffix, other));
        }
        return out;
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
