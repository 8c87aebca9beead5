package dev.parallax.grammar.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Cuts a paragraph into the parts a page shows: plain text, and text a match covers (to underline). Built
 * on the server so templates only ever escape text. A match overlapping an earlier one is not underlined
 * (it is still listed), and empty matches are skipped.
 */
public final class Segments {

    /** A run of text, underlined when {@code match} is not null; {@code number} is the match's position in the list. */
    public record Part(String text, GrammarMatch match, int number) {
        public boolean underlined() {
            return match != null;
        }
    }

    private Segments() {
    }

    public static List<Part> of(String text, List<GrammarMatch> matches) {
        List<Part> parts = new ArrayList<>();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < matches.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingInt((Integer i) -> matches.get(i).offset()).thenComparingInt(i -> -matches.get(i).length()));
        int at = 0;
        for (int i : order) {
            GrammarMatch m = matches.get(i);
            if (m.length() <= 0 || m.offset() < at || m.end() > text.length()) {
                continue;
            }
            if (m.offset() > at) {
                parts.add(new Part(text.substring(at, m.offset()), null, -1));
            }
            parts.add(new Part(text.substring(m.offset(), m.end()), m, i));
            at = m.end();
        }
        if (at < text.length() || parts.isEmpty()) {
            parts.add(new Part(text.substring(at), null, -1));
        }
        return parts;
    }
}
