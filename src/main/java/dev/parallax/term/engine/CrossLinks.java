package dev.parallax.term.engine;

import dev.parallax.text.ScriptFolding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What links words across the languages of a row: the termbase's concepts and numbers (digits of any script,
 * by value). {@link #marks} finds them in one text, each with a key that its counterparts in other texts share
 * ("t" + concept id, "n" + the number); {@link #links} pairs the marks of two texts.
 */
public final class CrossLinks {

    private CrossLinks() {
    }

    /** A linkable word or phrase: {@code [start, end)} in UTF-16 offsets, its key and kind (term, number). */
    public record Mark(int start, int end, String key, String kind) {
    }

    /** A link between a mark of the base text and one of the other text. */
    public record Link(int baseStart, int baseEnd, int otherStart, int otherEnd, String kind) {
    }

    /** The marks of a text, left to right, none overlapping. */
    public static List<Mark> marks(TermIndex index, String text, String language) {
        List<Mark> out = new ArrayList<>();
        List<TermIndex.Hit> hits = index.find(text, language);
        int h = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (h < hits.size() && i == hits.get(h).start()) {
                TermIndex.Hit hit = hits.get(h++);
                out.add(new Mark(hit.start(), hit.end(), "t" + hit.conceptId(), "term"));
                i = hit.end();
                continue;
            }
            if (ScriptFolding.digitValue(text.charAt(i)) >= 0 && (i == 0 || !Character.isLetter(text.charAt(i - 1)))) {
                int start = i;
                StringBuilder value = new StringBuilder();
                while (i < n) {
                    int d = ScriptFolding.digitValue(text.charAt(i));
                    if (d >= 0) {
                        value.append((char) ('0' + d));
                        i++;
                    } else if (i + 1 < n && ScriptFolding.digitValue(text.charAt(i + 1)) >= 0 && ",.٫٬".indexOf(text.charAt(i)) >= 0) {
                        if (text.charAt(i) == '.' || text.charAt(i) == '٫') {
                            value.append('.');
                        }
                        i++;
                    } else {
                        break;
                    }
                }
                out.add(new Mark(start, i, "n" + value, "number"));
                continue;
            }
            i++;
        }
        return out;
    }

    /**
     * Pairs the marks that share a key: the k-th occurrence in the base with the k-th in the other text, and
     * an occurrence left over with the last one of the other side, so every mark that has a counterpart is linked.
     */
    public static List<Link> links(List<Mark> base, List<Mark> other) {
        Map<String, List<Mark>> byKey = new HashMap<>();
        for (Mark m : other) {
            byKey.computeIfAbsent(m.key(), k -> new ArrayList<>()).add(m);
        }
        Map<String, Integer> seen = new HashMap<>();
        Map<String, Integer> baseCount = new HashMap<>();
        base.forEach(m -> baseCount.merge(m.key(), 1, Integer::sum));
        List<Link> out = new ArrayList<>();
        for (Mark b : base) {
            List<Mark> candidates = byKey.get(b.key());
            if (candidates == null) {
                continue;
            }
            int k = seen.merge(b.key(), 1, Integer::sum) - 1;
            Mark o = candidates.get(Math.min(k, candidates.size() - 1));
            out.add(new Link(b.start(), b.end(), o.start(), o.end(), b.kind()));
            // the last base occurrence takes the other side's leftovers
            if (k == baseCount.get(b.key()) - 1) {
                for (int j = k + 1; j < candidates.size(); j++) {
                    Mark extra = candidates.get(j);
                    out.add(new Link(b.start(), b.end(), extra.start(), extra.end(), b.kind()));
                }
            }
        }
        return out;
    }
}
