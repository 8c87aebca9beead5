package dev.parallax.compare.engine;

import dev.parallax.text.ScriptFolding;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Quoted statements in a text: between “…” (and „…“), "…", «…» (the Arabic and Persian convention, also
 * French), ‹…›. A quote left open runs to the end of the text.
 */
public final class Quotes {

    private Quotes() {
    }

    /** A quotation: its words without the marks, and where it stands (marks included). */
    public record Quote(String text, int start, int end) {
    }

    public static List<Quote> of(String text) {
        List<Quote> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            char close = closing(c);
            if (close == 0 || (c == '"' && i > 0 && Character.isLetterOrDigit(text.charAt(i - 1)))) {
                i++;
                continue;
            }
            int j = text.indexOf(close, i + 1);
            if (c == '\u201E' && j < 0) {
                j = text.indexOf('\u201D', i + 1);
            }
            int end = j < 0 ? n : j + 1;
            String inner = text.substring(i + 1, j < 0 ? n : j).strip();
            if (!inner.isEmpty()) {
                out.add(new Quote(inner, i, end));
            }
            i = end;
        }
        return out;
    }

    private static char closing(char open) {
        return switch (open) {
            case '\u201C' -> '\u201D';
            case '\u201E' -> '\u201C';
            case '"' -> '"';
            case '\u00AB' -> '\u00BB';
            case '\u2039' -> '\u203A';
            default -> 0;
        };
    }

    /** The folded words of a text, for comparing quotations. */
    public static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        for (DiffToken t : DiffTokenizer.tokenize(text)) {
            if (t.isWord() || t.kind() == DiffToken.Kind.NUMBER) {
                words.add(ScriptFolding.fold(t.key()));
            }
        }
        return words;
    }

    /** Dice overlap of two word sets (1 = same words). */
    public static double overlap(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1;
        }
        int common = 0;
        for (String w : a) {
            if (b.contains(w)) {
                common++;
            }
        }
        return 2.0 * common / (a.size() + b.size());
    }

    /** How much two quotations must share to count as renderings of one statement in the same language. */
    public static final double SAME_STATEMENT = 0.4;

    /**
     * Pairs each quote of {@code a} with one of {@code b}: in one language the best word overlap above
     * {@link #SAME_STATEMENT}; across languages, words cannot be compared, so the quotes pair in order.
     * Returns, for each quote of {@code a}, the index of its partner in {@code b} or -1.
     */
    public static int[] pair(List<Quote> a, List<Quote> b, boolean sameLanguage) {
        int[] partner = new int[a.size()];
        java.util.Arrays.fill(partner, -1);
        boolean[] taken = new boolean[b.size()];
        if (!sameLanguage) {
            for (int k = 0; k < Math.min(a.size(), b.size()); k++) {
                partner[k] = k;
            }
            return partner;
        }
        List<Set<String>> wb = b.stream().map(q -> words(q.text())).toList();
        for (int k = 0; k < a.size(); k++) {
            Set<String> wa = words(a.get(k).text());
            double best = SAME_STATEMENT;
            for (int m = 0; m < b.size(); m++) {
                double o = overlap(wa, wb.get(m));
                if (!taken[m] && o >= best) {
                    best = o;
                    partner[k] = m;
                }
            }
            if (partner[k] >= 0) {
                taken[partner[k]] = true;
            }
        }
        return partner;
    }
}
