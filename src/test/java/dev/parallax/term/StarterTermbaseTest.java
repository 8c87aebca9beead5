package dev.parallax.term;

import dev.parallax.term.engine.ConceptData;
import dev.parallax.term.engine.TermData;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The starter termbase shipped in {@code translations/termbase.csv}: at least 1,500 concepts, each in English,
 * Arabic and Persian, Persian written with ی and ک, Arabic without them, no empty term, no concept id used for
 * two concepts. Skipped while the file is absent or still being written (fewer concepts).
 */
class StarterTermbaseTest {

    static final Path FILE = Path.of("translations", TermbaseStarter.FILE_NAME);

    @Test
    void starterTermbaseIsCompleteAndSpelledInEachLanguagesOwnLetters() throws IOException {
        assumeTrue(Files.isRegularFile(FILE), "no " + FILE + " yet");
        byte[] data = Files.readAllBytes(FILE);
        List<ConceptData> concepts = TermCsv.read(data);
        assumeTrue(concepts.size() >= 1500, "the starter termbase is still being written: " + concepts.size() + " concepts");
        List<String> problems = new ArrayList<>();
        // rows of one concept must be contiguous, so the same id further down would be a second concept
        Set<String> seen = new HashSet<>();
        String previous = null;
        for (String line : new String(data, java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
            if (line.startsWith("#") || line.startsWith("concept,") || line.isBlank()) {
                continue;
            }
            String id = line.substring(0, Math.max(0, line.indexOf(',')));
            if (!id.equals(previous) && !seen.add(id)) {
                problems.add("concept id used twice: " + id);
            }
            previous = id;
        }
        for (ConceptData c : concepts) {
            Set<String> languages = new HashSet<>();
            for (TermData t : c.terms()) {
                String lang = t.language().toLowerCase(java.util.Locale.ROOT);
                languages.add(lang.split("-")[0]);
                String text = t.text() == null ? "" : t.text().strip();
                if (text.isEmpty()) {
                    problems.add(c.key() + ": empty " + lang + " term");
                }
                if (lang.startsWith("fa") && (text.indexOf('\u064A') >= 0 || text.indexOf('\u0643') >= 0)) {
                    problems.add(c.key() + ": Persian term with Arabic ي/ك: " + text);
                }
                if (lang.startsWith("ar") && (text.indexOf('\u06CC') >= 0 || text.indexOf('\u06A9') >= 0)) {
                    problems.add(c.key() + ": Arabic term with Persian ی/ک: " + text);
                }
            }
            if (!languages.containsAll(List.of("en", "ar", "fa"))) {
                problems.add(c.key() + ": lacks " + (languages.contains("en") ? "" : "en ") + (languages.contains("ar") ? "" : "ar ")
                        + (languages.contains("fa") ? "" : "fa"));
            }
        }
        assertEquals(List.of(), problems.stream().limit(30).toList(), problems.size() + " problems");
        // and it loads: every concept passes the service's checks
        concepts.forEach(TermService::validate);
        assertTrue(concepts.size() >= 1500);
    }
}
