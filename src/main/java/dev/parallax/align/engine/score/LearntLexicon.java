package dev.parallax.align.engine.score;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A bilingual word list learnt from the two texts themselves, as in hunalign's second pass: words that
 * keep occurring in the same first-pass links are probably translations. Counts are by link (a word
 * counts once per unit), the association is the Dice coefficient 2·c(s,t)/(c(s)+c(t)), and pairs are
 * taken best-first with each word used once (competitive linking, Melamed 2000), which keeps frequent
 * function words from pairing with everything.
 */
public final class LearntLexicon {

    public static final LearntLexicon EMPTY = new LearntLexicon(Map.of(), Map.of());

    /** At most this many links are counted: enough evidence, bounded time on long texts. */
    private static final int MAX_LINKS = 600;

    private final Map<String, Integer> sourceToPair;
    private final Map<String, Integer> targetToPair;

    private LearntLexicon(Map<String, Integer> s, Map<String, Integer> t) {
        this.sourceToPair = s;
        this.targetToPair = t;
    }

    public boolean isEmpty() {
        return sourceToPair.isEmpty();
    }

    public int size() {
        return sourceToPair.size();
    }

    public Integer pairOf(String word, boolean source) {
        return (source ? sourceToPair : targetToPair).get(word);
    }

    /**
     * @param links pairs {a, b} of unit indices believed to translate each other
     * @param minCount a pair must co-occur in at least this many links
     * @param minDice and reach this Dice coefficient
     */
    public static LearntLexicon learn(List<List<String>> wordsA, List<List<String>> wordsB, List<int[]> links,
                                      int minCount, double minDice) {
        if (links.isEmpty()) {
            return EMPTY;
        }
        List<int[]> used = links;
        if (links.size() > MAX_LINKS) {
            used = new ArrayList<>();
            double step = links.size() / (double) MAX_LINKS;
            for (int k = 0; k < MAX_LINKS; k++) {
                used.add(links.get((int) (k * step)));
            }
        }
        Map<String, Integer> idA = new HashMap<>();
        Map<String, Integer> idB = new HashMap<>();
        List<String> namesA = new ArrayList<>();
        List<String> namesB = new ArrayList<>();
        Map<Integer, Integer> countA = new HashMap<>();
        Map<Integer, Integer> countB = new HashMap<>();
        Map<Long, Integer> joint = new HashMap<>();
        for (int[] link : used) {
            int[] a = ids(wordsA.get(link[0]), idA, namesA);
            int[] b = ids(wordsB.get(link[1]), idB, namesB);
            for (int x : a) {
                countA.merge(x, 1, Integer::sum);
            }
            for (int y : b) {
                countB.merge(y, 1, Integer::sum);
            }
            for (int x : a) {
                for (int y : b) {
                    joint.merge(((long) x << 32) | y, 1, Integer::sum);
                }
            }
        }
        List<double[]> candidates = new ArrayList<>();
        for (Map.Entry<Long, Integer> e : joint.entrySet()) {
            int c = e.getValue();
            if (c < minCount) {
                continue;
            }
            int x = (int) (e.getKey() >>> 32);
            int y = (int) (e.getKey() & 0xffffffffL);
            double dice = 2.0 * c / (countA.get(x) + countB.get(y));
            if (dice >= minDice) {
                candidates.add(new double[] {dice, c, x, y});
            }
        }
        candidates.sort((p, q) -> p[0] != q[0] ? Double.compare(q[0], p[0]) : Double.compare(q[1], p[1]));
        Map<String, Integer> s = new HashMap<>();
        Map<String, Integer> t = new HashMap<>();
        int pair = 0;
        for (double[] c : candidates) {
            String wa = namesA.get((int) c[2]);
            String wb = namesB.get((int) c[3]);
            if (s.containsKey(wa) || t.containsKey(wb)) {
                continue;
            }
            s.put(wa, pair);
            t.put(wb, pair);
            pair++;
        }
        return new LearntLexicon(s, t);
    }

    private static int[] ids(List<String> words, Map<String, Integer> ids, List<String> names) {
        int[] out = new int[words.size()];
        for (int i = 0; i < out.length; i++) {
            String w = words.get(i);
            Integer id = ids.get(w);
            if (id == null) {
                id = ids.size();
                ids.put(w, id);
                names.add(w);
            }
            out[i] = id;
        }
        return out;
    }
}
