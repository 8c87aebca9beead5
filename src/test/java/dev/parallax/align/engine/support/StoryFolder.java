package dev.parallax.align.engine.support;

import dev.parallax.align.engine.TextVersion;
import dev.parallax.text.Paragraphs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Reads a story folder's version files ({@code NN-key.lang.txt}: front matter, then paragraphs). */
public final class StoryFolder {

    private StoryFolder() {
    }

    public static List<TextVersion> versions(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            List<TextVersion> out = new ArrayList<>();
            for (Path f : files.filter(p -> p.getFileName().toString().matches("\\d\\d-.*\\.txt")).sorted().toList()) {
                String name = f.getFileName().toString();
                String key = name.substring(3, name.length() - 4);
                String language = key.substring(key.lastIndexOf('.') + 1);
                out.add(new TextVersion(key, language, Paragraphs.split(body(Files.readString(f, StandardCharsets.UTF_8)))));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text after the closing "---" of the header. */
    static String body(String content) {
        String text = Paragraphs.normalise(content);
        if (!text.startsWith("---")) {
            return text;
        }
        int close = text.indexOf("\n---", 3);
        return text.substring(text.indexOf('\n', close + 1) + 1);
    }
}
