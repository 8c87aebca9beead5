package dev.parallax.memory.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * The word-by-word difference between a memory segment's source and the text being translated, for the
 * translate page's panel: what the translator has to change in the suggestion. Words are compared folded
 * (so alef forms or digits never show as a difference); each op carries the original text with the
 * spacing and punctuation after its word.
 */
public final class WordDiff {

    /** {@code equal}: in both; {@code delete}: only in the memory's source; {@code insert}: only in the current source. */
    public record Op(String op, String text) {
    }

    private WordDiff() {
    }

    /** Word-level edit distance on keys (numbers alike): what the fuzzy score is made of. */
    static int distance(String[] a, String[] b) {
        int[] prev = new int[b.length + 1];
        int[] cur = new int[b.length + 1];
        for (int j = 0; j <= b.length; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length; i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length; j++) {
                int cost = a[i - 1].equals(b[j - 1]) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length];
    }

    public static List<Op> between(String memorySource, String current) {
        List<Words.Word> a = Words.of(memorySource);
        List<Words.Word> b = Words.of(current);
        int n = a.size();
        int m = b.size();
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).folded().equals(b.get(j).folded()) ? lcs[i + 1][j + 1] + 1
                        : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<Op> ops = new ArrayList<>();
        String lead = memorySource.substring(0, n == 0 ? memorySource.length() : a.get(0).start());
        if (!lead.isEmpty()) {
            add(ops, "equal", lead);
        }
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a.get(i).folded().equals(b.get(j).folded())) {
                add(ops, "equal", piece(memorySource, a, i));
                i++;
                j++;
            } else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
                add(ops, "insert", piece(current, b, j));
                j++;
            } else {
                add(ops, "delete", piece(memorySource, a, i));
                i++;
            }
        }
        return ops;
    }

    /** A word with what follows it up to the next word. */
    private static String piece(String text, List<Words.Word> words, int k) {
        int end = k + 1 < words.size() ? words.get(k + 1).start() : text.length();
        return text.substring(words.get(k).start(), end);
    }

    private static void add(List<Op> ops, String op, String text) {
        if (!ops.isEmpty() && ops.get(ops.size() - 1).op().equals(op)) {
            Op last = ops.remove(ops.size() - 1);
            ops.add(new Op(op, last.text() + text));
        } else {
            ops.add(new Op(op, text));
        }
    }
}
