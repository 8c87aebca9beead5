package dev.parallax.intake.web;

import dev.parallax.compare.engine.Flag;
import dev.parallax.compare.engine.Op;
import dev.parallax.intake.Snapshot;
import dev.parallax.intake.engine.SnapshotDiff;

import java.util.List;

/** What the history page shows of each snapshot: the snapshot, its paragraphs against the previous, its flags. */
public record HistoryView(Snapshot snapshot, String previousTitle, List<ParagraphView> paragraphs, boolean first) {

    public boolean titleChanged() {
        return previousTitle != null && snapshot.title != null && !previousTitle.equals(snapshot.title);
    }

    public int previousNumber() {
        return snapshot.number - 1;
    }

    public long changedParagraphs() {
        return paragraphs.stream().filter(p -> !p.same()).count();
    }

    /** One paragraph: unchanged (shown plain), changed (word diff), added or removed (whole). */
    public record ParagraphView(String kind, List<OpView> ops, List<Flag> flags) {
        public boolean same() {
            return kind.equals("same");
        }

        static ParagraphView of(SnapshotDiff.Change c) {
            return new ParagraphView(c.kind().name().toLowerCase(java.util.Locale.ROOT), c.ops().stream().map(OpView::of).toList(), c.flags());
        }
    }

    public record OpView(String text, boolean deleted, boolean inserted) {
        static OpView of(Op o) {
            return new OpView(o.text(), o.op() == Op.Kind.DELETE, o.op() == Op.Kind.INSERT);
        }
    }

    static HistoryView of(Snapshot s, Snapshot previous, List<SnapshotDiff.Change> changes) {
        return new HistoryView(s, previous == null ? null : previous.title, changes.stream().map(ParagraphView::of).toList(), previous == null);
    }
}
