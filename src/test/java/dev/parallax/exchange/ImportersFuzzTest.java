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
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Coverage-guided fuzzing (Jazzer) of every importer the API and the pages feed with a user's bytes: TMX, XLIFF,
 * CSV, TSV, JSON, the DOCX review table, zipped story folders, text/Markdown/HTML/DOCX version uploads and
 * front matter. Whatever the bytes, an importer either reads them or refuses them with a 4xx
 * {@link ApiException} (or, from the text core, a {@link MalformedTextException}, answered as a 400) in our words (which the API renders as {@code {"error","detail"}}): any other exception
 * would be a 500, and one input must not take over 2 s of CPU nor allocate over 256 MB of heap.
 *
 * <p>{@code ./mvnw verify} replays the committed corpus ({@code src/test/resources/dev/parallax/exchange/
 * ImportersFuzzTestInputs/<target>/}: real exports of the seed story, hostile files, and what fuzzing found).
 * To fuzz one target (new findings land in that folder):
 * {@code JAZZER_FUZZ=1 ./mvnw test -Dtest='ImportersFuzzTest#tmx'} (for the 60 s of its {@code maxDuration}).
 */
class ImportersFuzzTest {

    private static final Duration LIMIT = Duration.ofSeconds(2);
    private static final Duration CUT_OFF = Duration.ofSeconds(30);
    /** At most this much heap allocated while reading one input (garbage included, so an upper bound on what it held). */
    private static final long HEAP_LIMIT = 256L * 1024 * 1024;
    /** The JDK's own per-thread counters: CPU time and bytes allocated ({@code com.sun.management.ThreadMXBean}). */
    private static final com.sun.management.ThreadMXBean CPU =
            (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
    private static final java.util.Set<String> WARM = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private static final long MAX_ZIP = 2 * 1024 * 1024;
    /** What only a library's own message says; an input's own text can be quoted back, so only unmistakable words. */
    private static final Pattern INTERNALS = Pattern.compile("bugzilla|IOUtils|org\\.apache\\.|com\\.fasterxml\\.|java\\.lang\\.");

    @FuzzTest(maxDuration = "60s")
    void tmx(byte[] data) {
        readOrRefuse(data, () -> new TmxReader().read(data, "fuzz.tmx"));
    }

    @FuzzTest(maxDuration = "60s")
    void xliff(byte[] data) {
        readOrRefuse(data, () -> new XliffReader().read(data, "fuzz.xlf"));
    }

    @FuzzTest(maxDuration = "60s")
    void csv(byte[] data) {
        readOrRefuse(data, () -> new DelimitedReader(',').read(data, "fuzz.csv"));
    }

    @FuzzTest(maxDuration = "60s")
    void tsv(byte[] data) {
        readOrRefuse(data, () -> new DelimitedReader('\t').read(data, "fuzz.tsv"));
    }

    @FuzzTest(maxDuration = "60s")
    void json(byte[] data) {
        readOrRefuse(data, () -> new JsonReader().read(data, "fuzz.json"));
    }

    @FuzzTest(maxDuration = "60s")
    void docxReviewTable(byte[] data) {
        readOrRefuse(data, () -> new DocxReader().read(data, "fuzz.docx"));
    }

    @FuzzTest(maxDuration = "60s")
    void storyZip(byte[] data) {
        readOrRefuse(data, () -> StoryFolder.unzip(data, "fuzz.zip", MAX_ZIP));
    }

    @FuzzTest(maxDuration = "60s")
    void textUpload(byte[] data) {
        readOrRefuse(data, () -> TextExtractor.extract(data, "fuzz.txt", UploadFormat.TEXT));
    }

    @FuzzTest(maxDuration = "60s")
    void htmlUpload(byte[] data) {
        readOrRefuse(data, () -> TextExtractor.extract(data, "fuzz.html", UploadFormat.HTML));
    }

    @FuzzTest(maxDuration = "60s")
    void docxUpload(byte[] data) {
        readOrRefuse(data, () -> TextExtractor.extract(data, "fuzz.docx", UploadFormat.DOCX));
    }

    @FuzzTest(maxDuration = "60s")
    void frontMatter(byte[] data) {
        String text = new String(data, StandardCharsets.UTF_8);
        readOrRefuse(data, () -> FrontMatter.parseVersion(text, "fuzz.txt"));
        readOrRefuse(data, () -> FrontMatter.parseStory(text, "story"));
    }

    /**
     * Reads or refuses cleanly, within {@link #LIMIT} of CPU time: CPU, not wall-clock, so that a loaded machine
     * does not fail the replay; the first input of each importer runs once unmeasured first (class loading and
     * Jazzer's instrumentation are not the input's cost). A runaway input is cut off after {@link #CUT_OFF}.
     * The heap an input may take is bounded by what its thread allocates ({@code getThreadAllocatedBytes}, the
     * JDK's exact per-thread counter): every byte it could hold was allocated there, so this is a stricter check
     * than its peak heap, and unlike a JVM-wide figure it does not depend on when the collector ran. The same
     * checks run while fuzzing ({@code JAZZER_FUZZ=1}), so a fuzzer finding is any input breaking one of them.
     */
    private static void readOrRefuse(byte[] data, Runnable importer) {
        String target = StackWalker.getInstance().walk(frames -> frames.skip(1).findFirst().orElseThrow().getMethodName());
        assertTimeoutPreemptively(CUT_OFF, () -> {
            if (WARM.add(target)) {
                readOnce(data, importer);
            }
            long thread = Thread.currentThread().getId();
            long allocatedBefore = CPU.getThreadAllocatedBytes(thread);
            long start = CPU.getCurrentThreadCpuTime();
            readOnce(data, importer);
            long ms = (CPU.getCurrentThreadCpuTime() - start) / 1_000_000;
            long allocated = CPU.getThreadAllocatedBytes(thread) - allocatedBefore;
            assertTrue(ms <= LIMIT.toMillis(), "one input took " + ms + " ms of CPU (limit " + LIMIT.toMillis() + ")");
            assertTrue(allocated <= HEAP_LIMIT, "one input allocated " + allocated / (1024 * 1024) + " MB of heap (limit "
                    + HEAP_LIMIT / (1024 * 1024) + " MB)");
        });
    }

    private static void readOnce(byte[] data, Runnable importer) {
        try {
            importer.run();
        } catch (ApiException refused) {
            assertTrue(refused.status() >= 400 && refused.status() < 500, "a refusal is a 4xx: " + refused.status());
            assertTrue(refused.detail() != null && !refused.detail().isBlank(), "a refusal says why");
            ours(data, refused.detail());
        } catch (MalformedTextException refused) {
            // the pure text core's refusal (front matter): every caller answers it with a 400 in the same words
            assertTrue(refused.detail() != null && !refused.detail().isBlank(), "a refusal says why");
            ours(data, refused.detail());
        }
    }

    /**
     * No library's own words in a refusal. The input's own words come back quoted ('…', or "…" where the XML parser
     * names an element of the input), so only what stands outside quotes is judged; and a word the input itself
     * holds (in any case: front matter keys are lower-cased; an apostrophe in it can break the quotes) is the input's.
     */
    private static void ours(byte[] data, String detail) {
        String outside = detail.replaceAll("'[^']*'", "''").replaceAll("\"[^\"]*\"", "\"\"");
        String input = (new String(data, StandardCharsets.UTF_8) + new String(data, StandardCharsets.ISO_8859_1))
                .toLowerCase(Locale.ROOT);
        Matcher internals = INTERNALS.matcher(outside);
        while (internals.find()) {
            assertTrue(input.contains(internals.group().toLowerCase(Locale.ROOT)), "library internals in: " + detail);
        }
    }
}
