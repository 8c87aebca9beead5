package dev.parallax.text;


import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The short header of a version file:
 * <pre>
 * ---
 * outlet: SANA
 * language: en
 * ---
 * </pre>
 * followed by the text. A file without a header is all text. Keys are case-insensitive; an unknown key,
 * a line without a colon or a header that never closes is malformed, since silently dropping it would
 * import a version with the wrong metadata.
 */
public record FrontMatter(Map<String, String> fields, String body) {

    public static final List<String> VERSION_KEYS =
            List.of("outlet", "language", "title", "source", "date", "kind", "translation-of");
    public static final List<String> STORY_KEYS = List.of("title", "slug");

    private static final String FENCE = "---";

    /** Parses a version file's header; only {@link #VERSION_KEYS} are allowed. */
    public static FrontMatter parseVersion(String content, String fileName) {
        return parse(content, fileName, Set.copyOf(VERSION_KEYS), true);
    }

    /** Parses a story metadata file: the whole file is {@code key: value} lines, fences optional. */
    public static FrontMatter parseStory(String content, String fileName) {
        String normalised = Paragraphs.normalise(content).strip();
        if (!normalised.startsWith(FENCE)) {
            normalised = FENCE + "\n" + normalised + "\n" + FENCE + "\n";
        }
        return parse(normalised, fileName, Set.copyOf(STORY_KEYS), false);
    }

    private static FrontMatter parse(String content, String fileName, Set<String> allowed, boolean optional) {
        String text = Paragraphs.normalise(content);
        String[] lines = text.split("\n", -1);
        if (lines.length == 0 || !lines[0].strip().equals(FENCE)) {
            if (optional) {
                return new FrontMatter(Map.of(), text);
            }
            throw malformed(fileName, "it does not start with a '---' header");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        int i = 1;
        for (; i < lines.length; i++) {
            String line = lines[i];
            if (line.strip().equals(FENCE)) {
                break;
            }
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw malformed(fileName, "line " + (i + 1) + " is not 'key: value': " + abbreviate(line));
            }
            String key = line.substring(0, colon).strip().toLowerCase(java.util.Locale.ROOT);
            if (!allowed.contains(key)) {
                throw malformed(fileName, "line " + (i + 1) + " has the unknown key '" + key + "' (allowed: "
                        + String.join(", ", allowed.stream().sorted().toList()) + ")");
            }
            if (fields.containsKey(key)) {
                throw malformed(fileName, "line " + (i + 1) + " repeats the key '" + key + "'");
            }
            fields.put(key, line.substring(colon + 1).strip());
        }
        if (i >= lines.length) {
            throw malformed(fileName, "the '---' header is never closed");
        }
        StringBuilder body = new StringBuilder();
        for (int j = i + 1; j < lines.length; j++) {
            body.append(lines[j]);
            if (j < lines.length - 1) {
                body.append('\n');
            }
        }
        return new FrontMatter(Collections.unmodifiableMap(fields), body.toString());
    }

    /** The value of a key, or null when absent or empty. */
    public String get(String key) {
        String value = fields.get(key);
        return value == null || value.isBlank() ? null : value;
    }

    /** Writes a header with the given keys in order (empty values kept, so the file shows every field). */
    public static String write(Map<String, String> fields) {
        StringBuilder out = new StringBuilder(FENCE).append('\n');
        fields.forEach((k, v) -> {
            out.append(k).append(':');
            if (v != null && !v.isBlank()) {
                out.append(' ').append(v.replace('\n', ' '));
            }
            out.append('\n');
        });
        return out.append(FENCE).append('\n').toString();
    }

    private static MalformedTextException malformed(String fileName, String why) {
        return new MalformedTextException("Malformed front matter", (fileName == null ? "The file" : fileName) + ": " + why + ".");
    }

    private static String abbreviate(String line) {
        return line.length() > 60 ? "'" + line.substring(0, 60) + "…'" : "'" + line + "'";
    }
}
