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

    /** The same word pairs with the two languages swapped. */
    public LearntLexicon reversed() {
        return new LearntLexicon(targetToPair, sourceToPair);
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
        return learn(wordsA, wordsB, links, minCount, minDice, MAX_LINKS);
    }

    /** As {@link #learn(List, List, List, int, double)}, counting at most {@code maxLinks} links (evenly sampled). */
    public static LearntLexicon learn(List<List<String>> wordsA, List<List<String>> wordsB, List<int[]> links,
                                      int minCount, double minDice, int maxLinks) {
        if (links.isEmpty()) {
            return EMPTY;
        }
        List<int[]> used = links;
        if (links.size() > maxLinks) {
            used = new ArrayList<>();
            double step = links.size() / (double) maxLinks;
            for (int k = 0; k < maxLinks; k++) {
                used.add(links.get((int) (k * step)));
            }
        }
        Map<String, Integer> idA = new HashMap<>();
        Map<String, Integer> idB = new HashMap<>();
        List<String> namesA = new ArrayList<>();
        List<String> namesB = new ArrayList<>();
        int[][] linkA = new int[used.size()][];
        int[][] linkB = new int[used.size()][];
        for (int l = 0; l < used.size(); l++) {
            linkA[l] = ids(wordsA.get(used.get(l)[0]), idA, namesA);
            linkB[l] = ids(wordsB.get(used.get(l)[1]), idB, namesB);
        }
        // primitive counts: this loop sees |words A| × |words B| pairs per link, up to millions
        int[] countA = new int[namesA.size()];
        int[] countB = new int[namesB.size()];
        long pairs = 0;
        for (int l = 0; l < used.size(); l++) {
            pairs += (long) linkA[l].length * linkB[l].length;
        }
        // room for about half the pairs being distinct (grows if not), bounded so memory stays modest
        LongIntCounter joint = new LongIntCounter(Integer.highestOneBit((int) Math.max(1 << 10, Math.min(1 << 20, pairs))));
        for (int l = 0; l < used.size(); l++) {
            for (int x : linkA[l]) {
                countA[x]++;
            }
            for (int y : linkB[l]) {
                countB[y]++;
            }
            for (int x : linkA[l]) {
                long hiBits = (long) x << 32;
                for (int y : linkB[l]) {
                    joint.increment(hiBits | y);
                }
            }
        }
        List<double[]> candidates = new ArrayList<>();
        long[] keys = joint.keys();
        int[] counts = joint.counts();
        for (int slot = 0; slot < keys.length; slot++) {
            int c = counts[slot];
            if (c < minCount) {
                continue; // also skips empty slots (count 0)
            }
            int x = (int) (keys[slot] >>> 32);
            int y = (int) (keys[slot] & 0xffffffffL);
            double dice = 2.0 * c / (countA[x] + countB[y]);
            if (dice >= minDice) {
                candidates.add(new double[] {dice, c, x, y});
            }
        }
        // best first; ties by first appearance, so the result does not depend on hash order
        candidates.sort((p, q) -> p[0] != q[0] ? Double.compare(q[0], p[0])
                : p[1] != q[1] ? Double.compare(q[1], p[1])
                : p[2] != q[2] ? Double.compare(p[2], q[2]) : Double.compare(p[3], q[3]));
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

    /** Open-addressing counter of long keys (no boxing); keys ≥ 0, slot with count 0 is empty. */
    private static final class LongIntCounter {
        private long[] keys;
        private int[] counts;
        private int size;

        LongIntCounter(int capacity) {
            keys = new long[capacity];
            counts = new int[capacity];
        }

        void increment(long key) {
            int mask = keys.length - 1;
            int slot = mix(key) & mask;
            while (counts[slot] != 0 && keys[slot] != key) {
                slot = (slot + 1) & mask;
            }
            if (counts[slot] == 0) {
                keys[slot] = key;
                if (++size * 2 > keys.length) {
                    counts[slot] = 1;
                    grow();
                    return;
                }
            }
            counts[slot]++;
        }

        private void grow() {
            long[] oldKeys = keys;
            int[] oldCounts = counts;
            keys = new long[oldKeys.length * 2];
            counts = new int[oldKeys.length * 2];
            int mask = keys.length - 1;
            for (int s = 0; s < oldKeys.length; s++) {
                if (oldCounts[s] != 0) {
                    int slot = mix(oldKeys[s]) & mask;
                    while (counts[slot] != 0) {
                        slot = (slot + 1) & mask;
                    }
                    keys[slot] = oldKeys[s];
                    counts[slot] = oldCounts[s];
                }
            }
        }

        private static int mix(long key) {
            long h = key * 0x9E3779B97F4A7C15L;
            return (int) (h ^ (h >>> 32));
        }

        long[] keys() {
            return keys;
        }

        int[] counts() {
            return counts;
        }
    }
}
