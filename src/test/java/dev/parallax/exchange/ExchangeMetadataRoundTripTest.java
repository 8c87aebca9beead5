package dev.parallax.exchange;

import dev.parallax.support.Stories;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.parallax.exchange.ExchangeRoundTripTest.csv;
import static dev.parallax.exchange.ExchangeRoundTripTest.export;
import static dev.parallax.exchange.ExchangeRoundTripTest.exportJson;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A translation being written (11 paragraphs of SANA, three of them translated and at different statuses,
 * the rest still empty), with every field of metadata set, exported and imported back: TMX, XLIFF and JSON
 * give back the same versions, metadata, paragraphs (empty ones included), statuses and rows; CSV and TSV
 * what their header and cells can hold (outlets, languages, the text of every row).
 */
@QuarkusTest
@TestSecurity(user = "editor", roles = {"editor", "translator", "viewer"})
class ExchangeMetadataRoundTripTest {

    static final String SANA_URL = "https://sana.sy/en/?p=270000";
    static final String OBSERVER_URL = "https://syrianobserver.com/news/assad-tehran.html";

    long story;
    long observer;
    long sana;
    long arabic;
    final List<Long> created = new ArrayList<>();

    @BeforeEach
    void writeATranslation() throws IOException {
        story = Stories.createStory("Metadata round trip").getLong("id");
        created.add(story);
        observer = Stories.addVersion(story, Map.of("outlet", "The Syrian Observer", "language", "en", "title", "Assad in Tehran",
                "kind", "original", "sourceUrl", OBSERVER_URL, "publishedAt", "2022-05-09",
                "text", body("01-syrian-observer.en.txt"))).getLong("id");
        sana = Stories.addVersion(story, Map.of("outlet", "SANA", "language", "en",
                "title", "President al-Assad visits Tehran", "kind", "original", "sourceUrl", SANA_URL, "publishedAt", "2022-05-08",
                "text", body("02-sana.en.txt"))).getLong("id");
        arabic = given().contentType(ContentType.JSON).body(Map.of("language", "ar", "outlet", "Parallax", "title", "الأسد في طهران"))
                .post("/api/versions/" + sana + "/translations").then().statusCode(201).extract().jsonPath().getLong("id");
        given().contentType(ContentType.JSON).body(Map.of("publishedAt", "2022-05-10", "sourceUrl", "https://parallax.example/sana-ar"))
                .patch("/api/versions/" + arabic).then().statusCode(200);
        List<String> translated = List.of(body("04-sana.ar.txt").split("\n\n"));
        String[] statuses = {"approved", "reviewed", "translated"};
        int[] which = {0, 1, 4};
        for (int k = 0; k < which.length; k++) {
            given().contentType(ContentType.JSON)
                    .body(Map.of("text", translated.get(which[k]).strip(), "status", statuses[k], "baseRevision", 1))
                    .put("/api/versions/" + arabic + "/paragraphs/" + which[k]).then().statusCode(200);
        }
    }

    @AfterEach
    void deleteStories() {
        created.forEach(id -> given().delete("/api/stories/" + id));
        created.clear();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"tmx", "tmx-sentence", "json", "xliff"})
    void aTranslationInProgressComesBackWhole(String format) {
        String name = format.replace("-sentence", "");
        String extra = format.endsWith("-sentence") ? "&segmentation=sentence" : "";
        String shown = name.equals("xliff") ? csv(sana, arabic) : csv(observer, sana, arabic);
        JsonPath before = exportJson(story, shown);

        JsonPath copy = importBack(export(story, shown, name, extra), name);
        List<Long> ids = copy.getList("versions.id", Long.class);
        assertEquals(name.equals("xliff") ? List.of(11, 11) : List.of(paragraphs(observer), 11, 11),
                copy.getList("versions.paragraphs"), "every paragraph back, the 8 empty ones included");
        JsonPath after = exportJson(copy.getLong("id"), csv(ids.toArray(Long[]::new)));

        for (String field : List.of("outlet", "language", "title", "kind", "key", "sourceUrl", "publishedAt")) {
            assertEquals(before.getList("versionDetails." + field), after.getList("versionDetails." + field), field);
        }
        assertEquals(positions(before), positions(after), "translationOf names the same version");
        assertEquals("2022-05-08", copy.getString("versions[" + (name.equals("xliff") ? 0 : 1) + "].publishedAt"));
        assertEquals(SANA_URL, copy.getString("versions[" + (name.equals("xliff") ? 0 : 1) + "].sourceUrl"));
        assertEquals(ExchangeRoundTripTest.texts(before), ExchangeRoundTripTest.texts(after), "the same rows of the same paragraphs");
        assertEquals(before.getList("rows.cells"), after.getList("rows.cells"), "the same paragraph numbers");
        assertEquals(before.getList("rows.statuses"), after.getList("rows.statuses"), "the same statuses");
        List<String> arabicStatuses = given().get("/api/versions/" + ids.get(ids.size() - 1)).then().statusCode(200)
                .extract().jsonPath().getList("paragraphs.status");
        assertEquals(List.of("approved", "reviewed", "draft", "draft", "translated", "draft", "draft", "draft", "draft", "draft", "draft"),
                arabicStatuses);
    }

    /** CSV and TSV carry outlets, languages and the text of each row: nothing else, and the README says so. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"csv", "tsv"})
    void delimitedFilesKeepOutletsLanguagesAndRows(String format) {
        String shown = csv(observer, sana, arabic);
        JsonPath before = exportJson(story, shown);
        JsonPath copy = importBack(export(story, shown, format, ""), format);
        JsonPath after = exportJson(copy.getLong("id"), csv(copy.getList("versions.id", Long.class).toArray(Long[]::new)));
        assertEquals(before.getList("versionDetails.outlet"), after.getList("versionDetails.outlet"));
        assertEquals(before.getList("versionDetails.language"), after.getList("versionDetails.language"));
        assertEquals(withoutEmpty(ExchangeRoundTripTest.texts(before)), withoutEmpty(ExchangeRoundTripTest.texts(after)));
        assertEquals(List.of(paragraphs(observer), 11, 3), copy.getList("versions.paragraphs"),
                "an empty paragraph is an empty field, which reads back as an empty cell");
    }

    @Test
    void anImportedStatusMustBeAStatus() {
        String json = new String(export(story, csv(sana, arabic), "json", ""), java.nio.charset.StandardCharsets.UTF_8)
                .replace("\"approved\"", "\"done\"");
        given().contentType("application/json").body(json).queryParam("filename", "bad.json").post("/api/stories/import")
                .then().statusCode(400).body("error", org.hamcrest.Matchers.equalTo("Invalid status"))
                .body("detail", org.hamcrest.Matchers.containsString("'done' is not a status"));
        assertTrue(given().get("/api/stories").then().extract().jsonPath().getList("title").stream()
                .noneMatch(t -> "bad".equals(t)), "nothing stored");
    }

    private JsonPath importBack(byte[] file, String format) {
        String type = switch (format) {
            case "tmx" -> "application/x-tmx+xml";
            case "xliff" -> "application/xliff+xml";
            case "csv" -> "text/csv";
            case "tsv" -> "text/tab-separated-values";
            default -> "application/json";
        };
        JsonPath story = given().contentType(type).body(file).queryParams(Map.of("filename", "back." + format, "title", "Back " + format))
                .post("/api/stories/import").then().statusCode(201).extract().jsonPath();
        created.add(story.getLong("id"));
        return story;
    }

    private static int paragraphs(long version) {
        return given().get("/api/versions/" + version).then().extract().jsonPath().getList("paragraphs").size();
    }

    /** translationOf as the position of the version it names (ids differ between the two stories). */
    private static List<Integer> positions(JsonPath json) {
        List<Object> ids = json.getList("versionDetails.id");
        List<Integer> out = new ArrayList<>();
        for (Object of : json.getList("versionDetails.translationOf")) {
            out.add(of == null ? null : ids.indexOf(of));
        }
        return out;
    }

    private static List<List<List<String>>> withoutEmpty(List<List<List<String>>> rows) {
        return rows.stream().map(r -> r.stream().map(c -> c.stream().filter(p -> !p.isBlank()).toList()).toList())
                .filter(r -> r.stream().anyMatch(c -> !c.isEmpty())).toList();
    }

    static String body(String file) {
        try {
            String text = Files.readString(Path.of("translations/assad-tehran-visit/" + file));
            int end = text.indexOf("\n---", 4);
            return text.substring(text.indexOf('\n', end + 1) + 1).strip();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
