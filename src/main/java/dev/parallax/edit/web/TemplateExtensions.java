package dev.parallax.edit.web;

import io.quarkus.qute.TemplateExtension;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Small helpers for templates: URL-encoding, and word diffs between two revisions. */
public final class TemplateExtensions {

    private static final Pattern WORD = Pattern.compile("\\s+|[\\p{L}\\p{M}\\p{N}\\u200C]+|.");

    private TemplateExtensions() {
    }

    @TemplateExtension
    static String urlEncode(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }

    /** A piece of a word diff: kept, deleted or inserted text. */
    public record WordOp(String text, boolean deleted, boolean inserted) {
    }

    /** {@code diffs:words(before, after)}: the words deleted and inserted between two texts (an LCS). */
    @TemplateExtension(namespace = "diffs")
    static List<WordOp> words(String before, String after) {
        List<String> a = tokens(before);
        List<String> b = tokens(after);
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<WordOp> ops = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                add(ops, a.get(i), false, false);
                i++;
                j++;
            } else if (j < b.size() && (i == a.size() || lcs[i][j + 1] >= lcs[i + 1][j])) {
                add(ops, b.get(j++), false, true);
            } else {
                add(ops, a.get(i++), true, false);
            }
        }
        return ops;
    }

    private static void add(List<WordOp> ops, String text, boolean deleted, boolean inserted) {
        if (!ops.isEmpty()) {
            WordOp last = ops.get(ops.size() - 1);
            if (last.deleted() == deleted && last.inserted() == inserted) {
                ops.set(ops.size() - 1, new WordOp(last.text() + text, deleted, inserted));
                return;
            }
        }
        ops.add(new WordOp(text, deleted, inserted));
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = WORD.matcher(text == null ? "" : text);
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }
}
