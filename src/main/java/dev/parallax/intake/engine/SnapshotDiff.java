package dev.parallax.intake.engine;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import dev.parallax.compare.engine.CellDiff;
import dev.parallax.compare.engine.Comparer;
import dev.parallax.compare.engine.Flag;
import dev.parallax.compare.engine.Op;

import java.util.ArrayList;
import java.util.List;

/**
 * How one text of a page differs from the one before: paragraphs lined up by a paragraph diff, each
 * changed pair with its word diff and the flags (numbers, names, quotes, attribution, negation…) the
 * compare engine raises between them; added and dropped paragraphs whole. Pure.
 */
public final class SnapshotDiff {

    public enum Kind { SAME, CHANGED, ADDED, REMOVED }

    /** One paragraph of the comparison: the text before and after ("" when absent), the ops, the flags. */
    public record Change(Kind kind, String before, String after, List<Op> ops, List<Flag> flags) {
    }

    private final Comparer comparer = new Comparer();

    public List<Change> between(List<String> before, List<String> after, String language) {
        List<Change> out = new ArrayList<>();
        int i = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(before, after).getDeltas()) {
            int at = delta.getSource().getPosition();
            for (; i < at; i++) {
                out.add(new Change(Kind.SAME, before.get(i), before.get(i), List.of(Op.equal(before.get(i))), List.of()));
            }
            List<String> from = delta.getSource().getLines();
            List<String> to = delta.getTarget().getLines();
            int common = Math.min(from.size(), to.size());
            for (int k = 0; k < Math.max(from.size(), to.size()); k++) {
                if (k < common) {
                    CellDiff diff = comparer.compare(from.get(k), language, to.get(k), language);
                    out.add(new Change(Kind.CHANGED, from.get(k), to.get(k), diff.ops(), diff.flags()));
                } else if (k < from.size()) {
                    out.add(new Change(Kind.REMOVED, from.get(k), "", List.of(Op.delete(from.get(k))), List.of(new Flag(Flag.Type.MISSING,
                            shorten(from.get(k)), "", "Paragraph removed from the page"))));
                } else {
                    out.add(new Change(Kind.ADDED, "", to.get(k), List.of(Op.insert(to.get(k))), List.of(new Flag(Flag.Type.MISSING, "",
                            shorten(to.get(k)), "Paragraph added to the page"))));
                }
            }
            i = at + from.size();
        }
        for (; i < before.size(); i++) {
            out.add(new Change(Kind.SAME, before.get(i), before.get(i), List.of(Op.equal(before.get(i))), List.of()));
        }
        return out;
    }

    public static int flagCount(List<Change> changes) {
        return changes.stream().mapToInt(c -> c.flags().size()).sum();
    }

    /** Whether two texts differ beyond white space (markup is gone already: these are extracted paragraphs). */
    public static boolean differs(String before, String after) {
        return !squash(before).equals(squash(after));
    }

    private static String squash(String s) {
        return s == null ? "" : s.replaceAll("[\\s\\u00A0\\u200B\\uFEFF]+", " ").strip();
    }

    private static String shorten(String s) {
        return s.length() <= 80 ? s : s.substring(0, 79) + "…";
    }
}
