package dev.parallax.compare.engine;

import java.util.List;

/** One rule that flags a kind of difference between a base cell and another cell of the same row. */
public interface FlagRule {

    /** The rule's name, as the README and the tests call it. */
    String name();

    /** Flags for two non-empty cells. */
    List<Flag> flags(CellPair pair);

    /** "…" for the flag's quoted wording when it runs long. */
    static String shorten(String s, int max) {
        String t = s.strip().replaceAll("\\s+", " ");
        return t.length() <= max ? t : t.substring(0, max - 1).strip() + "…";
    }
}
