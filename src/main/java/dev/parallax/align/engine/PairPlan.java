package dev.parallax.align.engine;

import dev.parallax.align.engine.score.LengthModel;
import dev.parallax.text.Token;
import dev.parallax.text.Tokenizer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which pairs of versions a story's alignment ({@link StoryPartition}) aligns. Aligning every pair costs
 * k(k−1)/2 pair alignments, which a story of many long versions cannot afford on every cold start; beyond a
 * budget the plan keeps a spanning set instead (see ADR 19):
 * <ul>
 *   <li>every translation with its source (always);</li>
 *   <li>every original with the story's first original, so all of them are connected;</li>
 *   <li>every original with its two nearest <em>earlier</em> originals by length and anchor similarity, so that
 *       groups among the other versions rest on their own evidence and not only on the first version's.</li>
 * </ul>
 * Originals are planned from originals only and translations only add pairs with themselves, so adding or
 * editing a translation never changes which pairs among originals are aligned (their pairs do not vote
 * anyway, see {@link StoryPartition}); choosing the nearest among earlier versions means adding a version
 * never takes a pair away from the versions before it.
 */
public final class PairPlan {

    /**
     * Characters of pair work (sum over pairs of both versions' characters) below which every pair is
     * aligned. About 0.6 s of one core at ~0.35 µs per character (synthetic 500-paragraph versions, 2026):
     * the seed story (~0.1 M), NTREX stories (~0.05 M) and 5 versions × 100 paragraphs (~0.6 M) keep every
     * pair; 5 × 500 (3 M) and 10 × 200 (5.4 M) get the spanning set.
     */
    public static final long ALL_PAIRS_BUDGET = 1_500_000;

    /**
     * Earlier versions each original pairs with besides the first. Two rather than one: on synthetic stories
     * one lost 1–4 points of link F1 against every pair, two lose 0.1–0.9 (docs/benchmarks-align-story.md).
     */
    static final int NEAREST = 2;

    private PairPlan() {
    }

    /** The pairs {i, j} (i &lt; j) to align with the default budget. */
    public static List<int[]> of(List<TextVersion> versions, int[] sourceOf) {
        return of(versions, sourceOf, ALL_PAIRS_BUDGET);
    }

    /**
     * @param sourceOf sourceOf[v] = index of the version v translates, or -1
     * @param budget   characters of pair work below which every pair is aligned (0: always the spanning set)
     * @return the pairs {i, j} with i &lt; j, in ascending order, without duplicates
     */
    public static List<int[]> of(List<TextVersion> versions, int[] sourceOf, long budget) {
        int k = versions.size();
        long[] chars = new long[k];
        for (int v = 0; v < k; v++) {
            for (String p : versions.get(v).paragraphs()) {
                chars[v] += p.length();
            }
        }
        List<Integer> originals = new ArrayList<>();
        for (int v = 0; v < k; v++) {
            if (sourceOf[v] < 0) {
                originals.add(v);
            }
        }
        boolean[][] plan = new boolean[k][k];
        if (allPairsCost(originals, chars) <= budget) {
            for (int x = 0; x < originals.size(); x++) {
                for (int y = x + 1; y < originals.size(); y++) {
                    mark(plan, originals.get(x), originals.get(y));
                }
            }
        } else {
            List<Anchors> anchors = new ArrayList<>();
            for (TextVersion v : versions) {
                anchors.add(null);
            }
            for (int o : originals) {
                anchors.set(o, Anchors.of(versions.get(o), chars[o]));
            }
            int first = originals.isEmpty() ? -1 : originals.get(0);
            for (int x = 1; x < originals.size(); x++) {
                int v = originals.get(x);
                mark(plan, first, v);
                for (int round = 0; round < NEAREST; round++) {
                    int nearest = -1;
                    double best = -1;
                    for (int y = 1; y < x; y++) {
                        int w = originals.get(y);
                        if (plan[Math.min(w, v)][Math.max(w, v)]) {
                            continue;
                        }
                        double s = anchors.get(v).similarity(anchors.get(w));
                        if (s > best) {
                            best = s;
                            nearest = w;
                        }
                    }
                    if (nearest >= 0) {
                        mark(plan, nearest, v);
                    }
                }
            }
        }
        List<Integer> all = new ArrayList<>();
        for (int v = 0; v < k; v++) {
            all.add(v);
        }
        boolean everyTranslationPair = allPairsCost(all, chars) <= budget;
        for (int t = 0; t < k; t++) {
            if (sourceOf[t] < 0) {
                continue;
            }
            if (sourceOf[t] < k) {
                mark(plan, sourceOf[t], t);
            }
            if (everyTranslationPair) {
                for (int w = 0; w < k; w++) {
                    if (w != t) {
                        mark(plan, t, w);
                    }
                }
            }
        }
        List<int[]> out = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            for (int j = i + 1; j < k; j++) {
                if (plan[i][j]) {
                    out.add(new int[] {i, j});
                }
            }
        }
        return out;
    }

    private static void mark(boolean[][] plan, int a, int b) {
        if (a >= 0 && b >= 0 && a != b) {
            plan[Math.min(a, b)][Math.max(a, b)] = true;
        }
    }

    private static long allPairsCost(List<Integer> versions, long[] chars) {
        long total = 0;
        for (int v : versions) {
            total += chars[v];
        }
        // each version takes part in (n − 1) pairs
        return total * Math.max(0, versions.size() - 1);
    }

    /**
     * What makes two versions likely to align well, cheap to compute: their length in English characters and
     * their anchors (numbers in any digits, and for versions of one language their longer words).
     */
    private record Anchors(String language, double englishChars, Set<String> numbers, Set<String> words) {

        static Anchors of(TextVersion v, long chars) {
            Set<String> numbers = new HashSet<>(), words = new HashSet<>();
            for (String p : v.paragraphs()) {
                for (Token t : Tokenizer.tokenize(p)) {
                    if (t.kind() == Token.Kind.NUMBER) {
                        numbers.add(t.folded());
                    } else if (t.kind() == Token.Kind.WORD && t.folded().length() >= 5) {
                        words.add(t.folded());
                    }
                }
            }
            return new Anchors(v.language(), chars / LengthModel.charsPerEnglishChar(v.language()), numbers, words);
        }

        /** Length agreement (shorter / longer) plus the share of anchors in common; in [0, 3]. */
        double similarity(Anchors o) {
            double length = Math.min(englishChars, o.englishChars) / Math.max(1, Math.max(englishChars, o.englishChars));
            double s = length + jaccard(numbers, o.numbers);
            if (language.equals(o.language)) {
                s += jaccard(words, o.words);
            }
            return s;
        }

        private static double jaccard(Set<String> a, Set<String> b) {
            if (a.isEmpty() || b.isEmpty()) {
                return 0;
            }
            int common = 0;
            for (String x : a) {
                if (b.contains(x)) {
                    common++;
                }
            }
            return (double) common / (a.size() + b.size() - common);
        }
    }
}
