package dev.parallax.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits a version's text into paragraphs. A paragraph ends at a blank line (a line with nothing but
 * spaces or tabs); its text is stored as given, only NFC-normalised and trimmed, so single line breaks
 * inside a paragraph survive.
 */
public final class Paragraphs {

    private static final Pattern BLANK_LINES = Pattern.compile("\\n[\\t \\u00A0]*\\n\\s*");

    private Paragraphs() {
    }

    public static List<String> split(String text) {
        List<String> paragraphs = new ArrayList<>();
        if (text == null) {
            return paragraphs;
        }
        String normalised = normalise(text);
        for (String block : BLANK_LINES.split(normalised)) {
            String paragraph = block.strip();
            if (!paragraph.isEmpty()) {
                paragraphs.add(paragraph);
            }
        }
        return paragraphs;
    }

    /** NFC, no byte-order mark, Unix line ends: the form every stored text has. */
    public static String normalise(String text) {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        t = t.replace("\r\n", "\n").replace('\r', '\n');
        return Normalizer.normalize(t, Normalizer.Form.NFC);
    }

    /** The inverse of {@link #split}: paragraphs joined by one blank line. */
    public static String join(List<String> paragraphs) {
        return String.join("\n\n", paragraphs);
    }
}
