package dev.parallax.exchange;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.parallax.common.ApiException;
import dev.parallax.text.MalformedTextException;
import dev.parallax.story.folder.StoryFolder;
import dev.parallax.exchange.imports.DelimitedReader;
import dev.parallax.exchange.imports.DocxReader;
import dev.parallax.exchange.imports.JsonReader;
import dev.parallax.exchange.imports.TmxReader;
import dev.parallax.exchange.imports.XliffReader;
import dev.parallax.story.upload.TextExtractor;
import dev.parallax.story.upload.UploadFormat;
import dev.parallax.text.FrontMatter;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Coverage-guided fuzzing (Jazzer) of every importer the API and the pages feed with a user's bytes: TMX, XLIFF,
 * CSV, TSV, JSON, the DOCX review table, zipped story folders, text/Markdown/HTML/DOCX version uploads and
 * front matter. Whatever the bytes, an importer either reads them or refuses them with a 4xx
 * {@link ApiException} (or, from the text core, a {@link MalformedTextException}, answered as a 400) in our words (which the API renders as {@code {"error","detail"}}): any other exception
 * would be a 500, and one input must not take over 2 s.
 *
 * <p>{@code ./mvnw verify} replays the committed corpus ({@code src/test/resources/dev/parallax/exchange/
 * ImportersFuzzTestInputs/<target>/}: real exports of the seed story, hostile files, and what fuzzing found).
 * To fuzz one target (new findings land in that folder):
 * {@code JAZZER_FUZZ=1 ./mvnw test -Dtest='ImportersFuzzTest#tmx'} (for the 30 s of its {@code maxDuration}).
 */
class ImportersFuzzTest {

    private static final Duration LIMIT = Duration.ofSeconds(2);
    private static final Duration CUT_OFF = Duration.ofSeconds(30);
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();
    private static final java.util.Set<String> WARM = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private static final long MAX_ZIP = 2 * 1024 * 1024;
    /** What only a library's own message says; an input's own text can be quoted back, so only unmistakable words. */
    private static final Pattern INTERNALS = Pattern.compile("bugzilla|IOUtils|org\\.apache\\.|com\\.fasterxml\\.|java\\.lang\\.");

    @FuzzTest(maxDuration = "30s")
    void tmx(byte[] data) {
        readOrRefuse(() -> new TmxReader().read(data, "fuzz.tmx"));
    }

    @FuzzTest(maxDuration = "30s")
    void xliff(byte[] data) {
        readOrRefuse(() -> new XliffReader().read(data, "fuzz.xlf"));
    }

    @FuzzTest(maxDuration = "30s")
    void csv(byte[] data) {
        readOrRefuse(() -> new DelimitedReader(',').read(data, "fuzz.csv"));
    }

    @FuzzTest(maxDuration = "30s")
    void tsv(byte[] data) {
        readOrRefuse(() -> new DelimitedReader('\t').read(data, "fuzz.tsv"));
    }

    @FuzzTest(maxDuration = "30s")
    void json(byte[] data) {
        readOrRefuse(() -> new JsonReader().read(data, "fuzz.json"));
    }

    @FuzzTest(maxDuration = "30s")
    void docxReviewTable(byte[] data) {
        readOrRefuse(() -> new DocxReader().read(data, "fuzz.docx"));
    }

    @FuzzTest(maxDuration = "30s")
    void storyZip(byte[] data) {
        readOrRefuse(() -> StoryFolder.unzip(data, "fuzz.zip", MAX_ZIP));
    }

    @FuzzTest(maxDuration = "30s")
    void textUpload(byte[] data) {
        readOrRefuse(() -> TextExtractor.extract(data, "fuzz.txt", UploadFormat.TEXT));
    }

    @FuzzTest(maxDuration = "30s")
    void htmlUpload(byte[] data) {
        readOrRefuse(() -> TextExtractor.extract(data, "fuzz.html", UploadFormat.HTML));
    }

    @FuzzTest(maxDuration = "30s")
    void docxUpload(byte[] data) {
        readOrRefuse(() -> TextExtractor.extract(data, "fuzz.docx", UploadFormat.DOCX));
    }

    @FuzzTest(maxDuration = "30s")
    void frontMatter(byte[] data) {
        String text = new String(data, StandardCharsets.UTF_8);
        readOrRefuse(() -> FrontMatter.parseVersion(text, "fuzz.txt"));
        readOrRefuse(() -> FrontMatter.parseStory(text, "story"));
    }

    /**
     * Reads or refuses cleanly, within {@link #LIMIT} of CPU time: CPU, not wall-clock, so that a loaded machine
     * does not fail the replay; the first input of each importer runs once untimed first (class loading and
     * Jazzer's instrumentation are not the input's cost). A runaway input is cut off after {@link #CUT_OFF}.
     */
    private static void readOrRefuse(Runnable importer) {
        String target = StackWalker.getInstance().walk(frames -> frames.skip(1).findFirst().orElseThrow().getMethodName());
        assertTimeoutPreemptively(CUT_OFF, () -> {
            if (WARM.add(target)) {
                readOnce(importer);
            }
            long start = CPU.getCurrentThreadCpuTime();
            readOnce(importer);
            long ms = (CPU.getCurrentThreadCpuTime() - start) / 1_000_000;
            assertTrue(ms <= LIMIT.toMillis(), "one input took " + ms + " ms of CPU (limit " + LIMIT.toMillis() + ")");
        });
    }

    private static void readOnce(Runnable importer) {
        try {
            importer.run();
        } catch (ApiException refused) {
            assertTrue(refused.status() >= 400 && refused.status() < 500, "a refusal is a 4xx: " + refused.status());
            assertTrue(refused.detail() != null && !refused.detail().isBlank(), "a refusal says why");
            // the input's own words come back quoted ('…'): only what stands outside quotes is ours to judge
            assertFalse(INTERNALS.matcher(refused.detail().replaceAll("'[^']*'", "''")).find(), "library internals in: " + refused.detail());
        } catch (MalformedTextException refused) {
            // the pure text core's refusal (front matter): every caller answers it with a 400 in the same words
            assertTrue(refused.detail() != null && !refused.detail().isBlank(), "a refusal says why");
            assertFalse(INTERNALS.matcher(refused.detail().replaceAll("'[^']*'", "''")).find(), "library internals in: " + refused.detail());
        }
    }
}
