package dev.parallax.exchange;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The story folders' notes name files by paths relative to the repository, never by a machine's absolute path. */
class TranslationsNotesTest {

    private static final Pattern ABSOLUTE = Pattern.compile("`(/[^`]*|[A-Za-z]:\\\\[^`]*|~/[^`]*)`|(?<![\\w.])/(work|home|Users|tmp|root)/\\S*");
    private static final Pattern SEED = Pattern.compile("Seed: `([^`]+)`");

    @Test
    void notesNameNoAbsolutePath() throws IOException {
        List<Path> notes;
        try (Stream<Path> files = Files.walk(Path.of("translations"))) {
            notes = files.filter(p -> p.getFileName().toString().endsWith(".md")).toList();
        }
        assertFalse(notes.isEmpty(), "translations/ has notes");
        for (Path note : notes) {
            Matcher m = ABSOLUTE.matcher(Files.readString(note));
            assertFalse(m.find(), note + " names an absolute path: " + (m.hitEnd() ? "" : m.group()));
        }
    }

    @Test
    void theSeedIsNamedRelativeToTheRepository() throws IOException {
        Matcher m = SEED.matcher(Files.readString(Path.of("translations/assad-tehran-visit/NOTES.md")));
        assertTrue(m.find(), "NOTES.md names its seed");
        Path seed = Path.of(m.group(1));
        assertFalse(seed.isAbsolute(), seed + " is relative");
        assertEquals("assad-tehran-visit-report.en.txt", seed.getFileName().toString());
        if (Files.isDirectory(Path.of("../shared"))) {
            assertTrue(Files.isRegularFile(seed), seed + " resolves from the repository root where the shared data is present");
        }
    }
}
