package dev.parallax.edit;

import dev.parallax.support.Seed;
import dev.parallax.support.Stories;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Editing through the API: revisions, stale saves, concurrent saves, restore, paragraph operations. */
@QuarkusTest
@TestSecurity(user = "translator", roles = {"translator", "viewer"})
class EditApiTest {

    static final String SANA_AR_4 = "وأشار الرئيس الأسد";

    long newVersion(String... paragraphs) {
        long story = Stories.createStoryAs("Editing " + System.nanoTime());
        return Stories.addVersionAs(story, Map.of("outlet", "SANA", "language", "ar", "text", String.join("\n\n", paragraphs)));
    }

    static Response save(long version, int index, String text, String status, int base) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("text", text);
        body.put("baseRevision", base);
        if (status != null) {
            body.put("status", status);
        }
        return given().contentType(ContentType.JSON).body(body).put("/api/versions/" + version + "/paragraphs/" + index);
    }

    @Test
    void aSaveMakesARevisionWithWhoWhenOldAndNewText() {
        long v = newVersion("التقى الرئيس الأسد قائد الثورة.", "وغادر إلى دمشق.");
        save(v, 0, "التقى الرئيس بشار الأسد قائد الثورة الإسلامية.", "reviewed", 1).then().statusCode(200)
                .body("revision", equalTo(2)).body("status", equalTo("reviewed"))
                .body("text", equalTo("التقى الرئيس بشار الأسد قائد الثورة الإسلامية."));
        JsonPath history = given().get("/api/versions/" + v + "/paragraphs/0/revisions").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(1, 2), history.getList("number"));
        assertEquals(List.of("create", "edit"), history.getList("kind"));
        assertEquals("التقى الرئيس الأسد قائد الثورة.", history.getString("[1].previousText"));
        assertEquals("translator", history.getString("[1].author"));
        assertTrue(history.getString("[1].createdAt").startsWith("20"));
    }

    @Test
    void aStaleSaveIs409WithTheCurrentTextAndKeepsBothTexts() {
        long v = newVersion("النص الأول.");
        save(v, 0, "نص المحرر الأول.", null, 1).then().statusCode(200);
        save(v, 0, "نص المحرر الثاني.", null, 1).then().statusCode(409)
                .body("error", equalTo("Stale revision"))
                .body("current.revision", equalTo(2))
                .body("current.text", equalTo("نص المحرر الأول."));
        JsonPath history = given().get("/api/versions/" + v + "/paragraphs/0/revisions").then().extract().jsonPath();
        assertEquals(List.of("create", "edit", "conflict"), history.getList("kind"));
        assertEquals("نص المحرر الثاني.", history.getString("[2].text"));
        given().get("/api/versions/" + v).then().body("paragraphs[0].text", equalTo("نص المحرر الأول."))
                .body("paragraphs[0].revision", equalTo(2));
    }

    @Test
    void twoConcurrentSavesOneWinsTheOtherIs409AndBothTextsSurvive() throws Exception {
        long v = newVersion("Assad met Khamenei.");
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Integer>> results = new ArrayList<>();
        for (String text : List.of("Assad met Khamenei in Tehran.", "Assad met Khamenei on Sunday.")) {
            Callable<Integer> call = () -> {
                start.await();
                return save(v, 0, text, null, 1).statusCode();
            };
            results.add(pool.submit(call));
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> f : results) {
            statuses.add(f.get());
        }
        pool.shutdown();
        statuses.sort(Integer::compare);
        assertEquals(List.of(200, 409), statuses);
        JsonPath history = given().get("/api/versions/" + v + "/paragraphs/0/revisions").then().extract().jsonPath();
        List<String> texts = history.getList("text");
        assertTrue(texts.contains("Assad met Khamenei in Tehran."), texts.toString());
        assertTrue(texts.contains("Assad met Khamenei on Sunday."), texts.toString());
        assertEquals(2, (int) given().get("/api/versions/" + v).then().extract().jsonPath().getInt("paragraphs[0].revision"));
    }

    @Test
    void restoreBringsBackAnEarlierTextAsANewRevision() {
        long v = newVersion("Version one.");
        save(v, 0, "Version two.", null, 1).then().statusCode(200);
        JsonPath history = given().get("/api/versions/" + v + "/paragraphs/0/revisions").then().extract().jsonPath();
        long first = history.getLong("[0].id");
        given().contentType(ContentType.JSON).body("{}").post("/api/versions/" + v + "/paragraphs/0/revisions/" + first + "/restore")
                .then().statusCode(200).body("text", equalTo("Version one.")).body("revision", equalTo(3));
        given().get("/api/versions/" + v + "/paragraphs/0/revisions").then().body("kind", equalTo(List.of("create", "edit", "restore")));
        given().contentType(ContentType.JSON).body("{}").post("/api/versions/" + v + "/paragraphs/0/revisions/987654321/restore")
                .then().statusCode(404);
    }

    @Test
    void badSavesAreRefused() {
        long v = newVersion("Text.");
        given().contentType(ContentType.JSON).body(Map.of("text", "x")).put("/api/versions/" + v + "/paragraphs/0")
                .then().statusCode(400).body("error", equalTo("Missing baseRevision"));
        save(v, 0, "x", "finished", 1).then().statusCode(400).body("error", equalTo("Invalid status"));
        save(v, 5, "x", null, 1).then().statusCode(404).body("error", equalTo("Paragraph not found"));
        save(987654321, 0, "x", null, 1).then().statusCode(404);
        given().get("/api/versions/" + v).then().body("paragraphs[0].text", equalTo("Text.")).body("paragraphs[0].revision", equalTo(1));
    }

    @Test
    void splitMergeInsertAndDeleteKeepTheAlignmentWhole() {
        long story = Stories.createStoryAs("Paragraph operations");
        long en = Stories.addVersionAs(story, Map.of("outlet", "SANA", "language", "en",
                "text", "Assad met Khamenei. He praised Iran.\n\nRaisi said Iran will help.\n\nAssad left for Damascus."));
        long ar = Stories.addVersionAs(story, Map.of("outlet", "Us", "language", "ar", "translationOf", en,
                "text", "التقى الأسد خامنئي. وأشاد بإيران.\n\nقال رئيسي إن إيران ستساعد.\n\nغادر الأسد إلى دمشق."));
        given().contentType(ContentType.JSON).body(Map.of("offset", "التقى الأسد خامنئي.".length()))
                .post("/api/versions/" + ar + "/paragraphs/0/split").then().statusCode(200)
                .body("paragraphs.text", equalTo(List.of("التقى الأسد خامنئي.", "وأشاد بإيران.", "قال رئيسي إن إيران ستساعد.", "غادر الأسد إلى دمشق.")))
                .body("paragraphs.index", equalTo(List.of(0, 1, 2, 3)));
        JsonPath aligned = given().get("/api/stories/" + story + "/alignment?versions=" + en + "," + ar + "&sentences=false").then()
                .statusCode(200).extract().jsonPath();
        everyParagraphOnce(aligned, 3, 4);
        given().contentType(ContentType.JSON).post("/api/versions/" + ar + "/paragraphs/0/merge").then().statusCode(200).body("paragraphs", hasSize(3))
                .body("paragraphs[0].text", equalTo("التقى الأسد خامنئي. وأشاد بإيران."));
        given().contentType(ContentType.JSON).body(Map.of("index", 3, "text", "انتهى."))
                .post("/api/versions/" + ar + "/paragraphs").then().statusCode(201).body("paragraphs", hasSize(4));
        given().delete("/api/versions/" + ar + "/paragraphs/3").then().statusCode(200).body("paragraphs", hasSize(3));
        aligned = given().get("/api/stories/" + story + "/alignment?versions=" + en + "," + ar + "&sentences=false").then()
                .statusCode(200).extract().jsonPath();
        everyParagraphOnce(aligned, 3, 3);
        assertEquals(List.of(List.of(List.of(0), List.of(0)), List.of(List.of(1), List.of(1)), List.of(List.of(2), List.of(2))),
                aligned.getList("rows.cells"));
        given().delete("/api/versions/" + en + "/paragraphs/9").then().statusCode(404);
        given().contentType(ContentType.JSON).body(Map.of("offset", 0)).post("/api/versions/" + en + "/paragraphs/0/split")
                .then().statusCode(400).body("error", equalTo("Invalid split"));
    }

    @Test
    void aNewTranslationHasOneEmptyParagraphPerSourceParagraphAlignedAndConfirmed() {
        long sana = Seed.versionId("sana.en");
        JsonPath fa = given().contentType(ContentType.JSON).body(Map.of("language", "fa", "outlet", "Parallax", "title", "ترجمه"))
                .post("/api/versions/" + sana + "/translations").then().statusCode(201).extract().jsonPath();
        long id = fa.getLong("id");
        try {
            assertEquals(11, fa.getList("paragraphs").size());
            assertEquals("", fa.getString("paragraphs[0].text"));
            assertEquals("translation", fa.getString("kind"));
            assertEquals(sana, fa.getLong("translationOf"));
            JsonPath aligned = given().get("/api/stories/" + Seed.storyId() + "/alignment?versions=" + sana + "," + id + "&sentences=false")
                    .then().statusCode(200).extract().jsonPath();
            assertEquals(11, aligned.getList("rows").size());
            for (int i = 0; i < 11; i++) {
                assertEquals(List.of(List.of(i), List.of(i)), aligned.getList("rows[" + i + "].cells"));
                assertTrue(aligned.getBoolean("rows[" + i + "].confirmed"));
            }
            save(id, 0, "خبرگزاری رسمی سوریه، سانا، گزارش داد که اسد «سفری کاری» به تهران داشت.", null, 1).then().statusCode(200)
                    .body("status", equalTo("translated"));
            given().contentType(ContentType.JSON).body(Map.of("language", "not a tag")).post("/api/versions/" + sana + "/translations")
                    .then().statusCode(400).body("error", equalTo("Invalid language"));
        } finally {
            Stories.deleteVersionAsEditor(id);
        }
    }

    static void everyParagraphOnce(JsonPath alignment, int... sizes) {
        List<List<List<Integer>>> rows = alignment.getList("rows.cells");
        for (int v = 0; v < sizes.length; v++) {
            List<Integer> seen = new ArrayList<>();
            for (List<List<Integer>> row : rows) {
                seen.addAll(row.get(v));
            }
            seen.sort(Integer::compare);
            List<Integer> expected = new ArrayList<>();
            for (int i = 0; i < sizes[v]; i++) {
                expected.add(i);
            }
            assertEquals(expected, seen, "version " + v);
        }
    }
}
