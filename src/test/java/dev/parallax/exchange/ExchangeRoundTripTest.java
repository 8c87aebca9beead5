package dev.parallax.exchange;

import dev.parallax.support.Seed;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every format exported from the seed story and imported back gives a new story with the same versions,
 * the same paragraphs and the same rows, every row confirmed.
 */
@QuarkusTest
@TestSecurity(user = "editor", roles = {"editor", "translator", "viewer"})
class ExchangeRoundTripTest {

    /** Stories this test imported, deleted afterwards so other tests see the database as they expect. */
    static final List<Long> IMPORTED = new java.util.ArrayList<>();

    @org.junit.jupiter.api.AfterEach
    void deleteImported() {
        IMPORTED.forEach(id -> given().delete("/api/stories/" + id).then().statusCode(204));
        IMPORTED.clear();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "tmx,  paragraph, application/x-tmx+xml",
            "tmx,  sentence,  application/x-tmx+xml",
            "csv,  paragraph, text/csv",
            "tsv,  paragraph, text/tab-separated-values",
            "json, paragraph, application/json",
            "docx, paragraph, application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    })
    void seedStoryRoundTripsWithEveryVersion(String format, String segmentation, String type) {
        String versions = csv(Seed.versionId("syrian-observer.en"), Seed.versionId("sana.en"), Seed.versionId("nournews.en"),
                Seed.versionId("sana.ar"), Seed.versionId("nournews.fa"));
        JsonPath original = exportJson(Seed.storyId(), versions);
        byte[] file = export(Seed.storyId(), versions, format, "&segmentation=" + segmentation);

        JsonPath story = importFile(file, type, "assad." + format, "Round trip " + format + " " + segmentation);
        List<Long> ids = story.getList("versions.id", Long.class);
        JsonPath copy = exportJson(story.getLong("id"), csv(ids.toArray(Long[]::new)));

        assertEquals(original.getList("versionDetails.outlet"), copy.getList("versionDetails.outlet"));
        assertEquals(original.getList("versionDetails.language"), copy.getList("versionDetails.language"));
        if (format.equals("tmx") || format.equals("json")) {
            assertEquals(original.getList("versionDetails.title"), copy.getList("versionDetails.title"));
            assertEquals(original.getList("versionDetails.kind"), copy.getList("versionDetails.kind"));
            assertEquals(original.getList("versionDetails.key"), copy.getList("versionDetails.key"));
        }
        assertEquals(texts(original), texts(copy), "the same rows of the same paragraphs");
        if (!segmentation.equals("sentence")) {
            assertEquals(original.getList("rows.cells"), copy.getList("rows.cells"), "the same paragraph numbers");
        }
        assertTrue(copy.getList("rows.confirmed", Boolean.class).stream().allMatch(c -> c), "every imported row is confirmed");
    }

    @Test
    void xliffOfSanaAndItsArabicRoundTrips() {
        long en = Seed.versionId("sana.en");
        long ar = Seed.versionId("sana.ar");
        JsonPath original = exportJson(Seed.storyId(), csv(en, ar));
        for (String segmentation : List.of("paragraph", "sentence")) {
            byte[] file = export(Seed.storyId(), csv(en, ar), "xliff", "&segmentation=" + segmentation + "&target=" + ar);
            JsonPath story = importFile(file, "application/xliff+xml", "sana.xlf", "XLIFF " + segmentation);
            assertEquals(List.of("SANA", "Parallax (translation of SANA)"), story.getList("versions.outlet"));
            assertEquals(List.of("en", "ar"), story.getList("versions.language"));
            assertEquals(List.of("original", "translation"), story.getList("versions.kind"));
            JsonPath copy = exportJson(story.getLong("id"), csv(story.getList("versions.id", Long.class).toArray(Long[]::new)));
            assertEquals(texts(original), texts(copy));
            assertTrue(copy.getList("rows.confirmed", Boolean.class).stream().allMatch(c -> c));
        }
    }

    /** Two paragraphs in one cell, empty cells and two English versions survive every format. */
    @Test
    void twoParagraphsInOneCellStayTwoParagraphsInEveryFormat() {
        String csv = "Reuters (en),AP (en),Al Jazeera (ar)\r\n"
                + "\"Assad flew to Tehran on Sunday, his first visit since 2019.\",\"Assad flew to Tehran.\n\nHe met Khamenei the same day. "
                + "Then he met Raisi.\",\"زار الأسد طهران يوم الأحد.\"\r\n"
                + "\"He met Khamenei, \"\"the leader\"\".\",,\"والتقى خامنئي.\nثم رئيسي.\"\r\n"
                + ",The visit was unannounced.,\r\n";
        JsonPath story = importFile(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8), "text/csv", "visit.csv", "Visit");
        assertEquals(List.of(2, 3, 2), story.getList("versions.paragraphs"));
        String versions = csv(story.getList("versions.id", Long.class).toArray(Long[]::new));
        JsonPath original = exportJson(story.getLong("id"), versions);
        assertEquals(List.of(List.of(0), List.of(0, 1), List.of(0)), original.getList("rows[0].cells"));
        // a row of AP alone: where it goes among rows AP has no part in is the aligner's choice, kept from then on
        assertTrue(original.getList("rows.cells").contains(List.of(List.of(), List.of(2), List.of())));
        for (String format : List.of("tmx", "tmx-sentence", "csv", "tsv", "json", "docx", "xliff")) {
            String name = format.replace("-sentence", "");
            String extra = format.endsWith("sentence") ? "&segmentation=sentence" : "";
            String shown = name.equals("xliff") ? csv(story.getList("versions.id", Long.class).subList(0, 2).toArray(Long[]::new)) : versions;
            byte[] file = export(story.getLong("id"), shown, name, extra);
            JsonPath copy = importFile(file, typeOf(name), "visit." + name, "Visit " + format);
            JsonPath again = exportJson(copy.getLong("id"), csv(copy.getList("versions.id", Long.class).toArray(Long[]::new)));
            JsonPath expected = name.equals("xliff") ? exportJson(story.getLong("id"), shown) : original;
            assertEquals(texts(expected), texts(again), format);
            assertEquals(expected.getList("rows.cells"), again.getList("rows.cells"), format);
            assertEquals(expected.getList("versionDetails.outlet"), again.getList("versionDetails.outlet"), format);
        }
    }

    private static String typeOf(String format) {
        return switch (format) {
            case "tmx" -> "application/x-tmx+xml";
            case "xliff" -> "application/xliff+xml";
            case "csv" -> "text/csv";
            case "tsv" -> "text/tab-separated-values";
            case "json" -> "application/json";
            default -> "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        };
    }

    /** rows → versions → paragraphs, with runs of white space as one space (sentence segmentation rejoins sentences). */
    @SuppressWarnings("unchecked")
    static List<List<List<String>>> texts(JsonPath json) {
        List<List<List<String>>> rows = json.getList("rows.texts");
        return rows.stream().map(r -> r.stream().map(c -> c.stream().map(p -> p.replaceAll("\\s+", " ")).toList()).toList()).toList();
    }

    static String csv(Long... ids) {
        return List.of(ids).stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    static JsonPath exportJson(long story, String versions) {
        return new JsonPath(new String(export(story, versions, "json", ""), java.nio.charset.StandardCharsets.UTF_8));
    }

    static byte[] export(long story, String versions, String format, String extra) {
        Response r = given().get("/api/stories/" + story + "/export?format=" + format + "&versions=" + versions + extra);
        assertEquals(200, r.statusCode(), r.asString());
        return r.asByteArray();
    }

    static JsonPath importFile(byte[] file, String type, String fileName, String title) {
        Response r = given().contentType(type).body(file)
                .queryParams(Map.of("filename", fileName, "title", title)).post("/api/stories/import");
        assertEquals(201, r.statusCode(), r.asString());
        IMPORTED.add(r.jsonPath().getLong("id"));
        return r.jsonPath();
    }
}
