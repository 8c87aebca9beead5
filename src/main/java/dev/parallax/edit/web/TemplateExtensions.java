package dev.parallax.edit.web;

import dev.parallax.compare.engine.DiffTokenizer;
import dev.parallax.compare.engine.Op;
import dev.parallax.compare.engine.TokenDiff;
import io.quarkus.qute.TemplateExtension;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Small helpers for templates: URL-encoding, and word diffs between two revisions. */
public final class TemplateExtensions {

    private TemplateExtensions() {
    }

    @TemplateExtension
    static String urlEncode(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }

    private static final java.time.format.DateTimeFormatter MINUTES = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** {@code t.minutes}: "2026-12-01 12:49 UTC", every time in one shape (seconds are in the datetime attribute). */
    @TemplateExtension
    static String minutes(java.time.OffsetDateTime time) {
        return time == null ? "" : MINUTES.format(time.atZoneSameInstant(java.time.ZoneOffset.UTC)) + " UTC";
    }

    /** A piece of a word diff: kept, deleted or inserted text. */
    public record WordOp(String text, boolean deleted, boolean inserted) {
    }

    /** {@code diffs:words(before, after)}: the words deleted and inserted between two revisions (the compare engine's diff). */
    @TemplateExtension(namespace = "diffs")
    static List<WordOp> words(String before, String after) {
        TokenDiff diff = TokenDiff.of(DiffTokenizer.tokenize(before == null ? "" : before), DiffTokenizer.tokenize(after == null ? "" : after));
        List<WordOp> ops = new ArrayList<>();
        for (Op op : diff.ops()) {
            ops.add(new WordOp(op.text(), op.op() == Op.Kind.DELETE, op.op() == Op.Kind.INSERT));
        }
        return ops;
    }
}
