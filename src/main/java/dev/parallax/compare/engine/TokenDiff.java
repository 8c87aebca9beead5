package dev.parallax.compare.engine;

import com.github.difflib.DiffUtils;
import com.github.difflib.algorithm.myers.MyersDiff;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The token-level diff of two cells (Myers, which finds a shortest edit script: no diff of the same
 * tokens changes fewer of them). Tokens compare by their exact text, so the ops rebuild both texts to
 * the character; whitespace travels with the token before it and is compared separately.
 *
 * @param hunks          the changed stretches, in order
 * @param baseToOther    for each base token, the index of the equal other token, or -1
 * @param otherToBase    the same the other way
 */
public record TokenDiff(List<DiffToken> base, List<DiffToken> other, List<Hunk> hunks, int[] baseToOther, int[] otherToBase) {

    /** A changed stretch: base tokens [baseFrom, baseTo) were replaced by other tokens [otherFrom, otherTo). */
    public record Hunk(int baseFrom, int baseTo, int otherFrom, int otherTo) {
        public boolean isDelete() {
            return otherFrom == otherTo;
        }

        public boolean isInsert() {
            return baseFrom == baseTo;
        }
    }

    public static TokenDiff of(List<DiffToken> base, List<DiffToken> other) {
        List<String> a = base.stream().map(DiffToken::text).toList();
        List<String> b = other.stream().map(DiffToken::text).toList();
        List<Hunk> hunks = new ArrayList<>();
        if (!a.equals(b)) {
            Patch<String> patch = DiffUtils.diff(a, b, new MyersDiff<>());
            for (AbstractDelta<String> d : patch.getDeltas()) {
                int bf = d.getSource().getPosition();
                int of = d.getTarget().getPosition();
                hunks.add(new Hunk(bf, bf + d.getSource().size(), of, of + d.getTarget().size()));
            }
            hunks.sort((x, y) -> Integer.compare(x.baseFrom, y.baseFrom));
        }
        int[] b2o = new int[a.size()];
        int[] o2b = new int[b.size()];
        Arrays.fill(b2o, -1);
        Arrays.fill(o2b, -1);
        int i = 0;
        int j = 0;
        for (Hunk h : hunks) {
            while (i < h.baseFrom) {
                b2o[i] = j;
                o2b[j] = i;
                i++;
                j++;
            }
            i = h.baseTo;
            j = h.otherTo;
        }
        while (i < a.size()) {
            b2o[i] = j;
            o2b[j] = i;
            i++;
            j++;
        }
        return new TokenDiff(base, other, hunks, b2o, o2b);
    }

    /** The ops, adjacent ops of one kind merged. */
    public List<Op> ops() {
        List<Op> ops = new ArrayList<>();
        int i = 0;
        int j = 0;
        for (Hunk h : hunks) {
            equalRun(i, j, h.baseFrom - i, ops);
            for (int k = h.baseFrom; k < h.baseTo; k++) {
                add(ops, Op.Kind.DELETE, base.get(k).text() + base.get(k).space());
            }
            for (int k = h.otherFrom; k < h.otherTo; k++) {
                add(ops, Op.Kind.INSERT, other.get(k).text() + other.get(k).space());
            }
            i = h.baseTo;
            j = h.otherTo;
        }
        equalRun(i, j, base.size() - i, ops);
        return ops;
    }

    private void equalRun(int i, int j, int count, List<Op> ops) {
        for (int k = 0; k < count; k++) {
            DiffToken x = base.get(i + k);
            DiffToken y = other.get(j + k);
            add(ops, Op.Kind.EQUAL, x.text());
            if (x.space().equals(y.space())) {
                add(ops, Op.Kind.EQUAL, x.space());
            } else {
                add(ops, Op.Kind.DELETE, x.space());
                add(ops, Op.Kind.INSERT, y.space());
            }
        }
    }

    private static void add(List<Op> ops, Op.Kind kind, String text) {
        if (text.isEmpty()) {
            return;
        }
        if (!ops.isEmpty()) {
            Op last = ops.get(ops.size() - 1);
            if (last.op() == kind) {
                ops.set(ops.size() - 1, new Op(kind, last.text() + text));
                return;
            }
            // keep deletions before insertions between two equal stretches: "a [-x-]{+y+} b"
            if (kind == Op.Kind.DELETE && last.op() == Op.Kind.INSERT && ops.size() >= 2
                    && ops.get(ops.size() - 2).op() == Op.Kind.DELETE) {
                Op del = ops.get(ops.size() - 2);
                ops.set(ops.size() - 2, new Op(Op.Kind.DELETE, del.text() + text));
                return;
            }
        }
        ops.add(new Op(kind, text));
    }

    /** Tokens changed: deleted plus inserted (the quantity a shortest edit script minimises). */
    public int changedTokens() {
        int n = 0;
        for (Hunk h : hunks) {
            n += (h.baseTo - h.baseFrom) + (h.otherTo - h.otherFrom);
        }
        return n;
    }

    /** Tokens both cells share, in order. */
    public int equalTokens() {
        int n = 0;
        for (int k : baseToOther) {
            if (k >= 0) {
                n++;
            }
        }
        return n;
    }
}
