package dev.parallax.story;

import dev.parallax.support.Stories;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * POST /api/stories/import-versions: many versions into existing and new stories, one transaction per story,
 * a report per story; a malformed request is a 400 and saves nothing.
 */
@QuarkusTest
class BulkVersionImportApiTest {

    static RequestSpecification editor() {
        return given().auth().preemptive().basic("admin", Stories.ADMIN_PASSWORD).contentType("application/json");
    }

    static final String SANA_AR = "التقى الرئيس بشار الأسد في طهران قائد الثورة الإسلامية السيد علي خامنئي.";
    static final String NOURNEWS_FA = "رئیس‌جمهور سوریه در سفری غیرمنتظره به تهران با رهبر انقلاب دیدار کرد.";

    @Test
    void versionsIntoAnExistingStoryAndNewOnesEachStoryWholeOrNotAtAll() {
        long existing = Stories.createStoryAs("Assad in Tehran " + System.nanoTime());
        String body = """
                [
                  {"story": %d, "versions": [
                    {"outlet": "SANA", "language": "ar", "publishedAt": "2024-05-08", "text": "%s"},
                    {"outlet": "Nournews", "language": "fa", "text": "%s"}]},
                  {"title": "Assad meets Khamenei", "versions": [
                    {"key": "sana.ar", "outlet": "SANA", "language": "ar", "text": "%s"},
                    {"outlet": "Parallax", "language": "en", "translationOf": "sana.ar", "text": "President Bashar al-Assad met in Tehran."}]},
                  {"title": "Half a story", "versions": [
                    {"outlet": "SANA", "language": "ar", "text": "%s"},
                    {"outlet": "Broken", "language": "not a language!", "text": "No."}]},
                  {"story": 999999999, "versions": [{"outlet": "SANA", "language": "ar", "text": "%s"}]}
                ]""".formatted(existing, SANA_AR, NOURNEWS_FA, SANA_AR, SANA_AR, SANA_AR);
        JsonPath report = editor().body(body).post("/api/stories/import-versions").then().statusCode(200).extract().jsonPath();
        assertEquals(2, report.getInt("imported"));
        assertEquals(2, report.getInt("failed"));
        assertEquals(List.of("imported", "imported", "failed", "failed"), report.getList("stories.status"));

        // into the existing story: both versions, Arabic and Persian text intact
        assertEquals(existing, report.getLong("stories[0].story"));
        JsonPath story = given().get("/api/stories/" + existing).jsonPath();
        assertEquals(List.of("ar", "fa"), story.getList("versions.language"));
        long sana = report.getLong("stories[0].versions[0]");
        assertEquals(SANA_AR, given().get("/api/versions/" + sana).jsonPath().getString("paragraphs[0].text"));
        assertEquals("rtl", given().get("/api/versions/" + sana).jsonPath().getString("direction"));

        // a new story, its translation linked by key inside the batch
        long made = report.getLong("stories[1].story");
        JsonPath created = given().get("/api/stories/" + made).jsonPath();
        assertEquals("Assad meets Khamenei", created.getString("title"));
        assertEquals(created.getLong("versions[0].id"), created.getLong("versions[1].translationOf"));

        // the broken story: nothing of it saved, the reason names the version at fault
        assertEquals("Invalid language", report.getString("stories[2].error"));
        assertTrue(report.getString("stories[2].detail").startsWith("Version 1: "), report.getString("stories[2].detail"));
        assertEquals(0, given().get("/api/stories?limit=500&outlet=Broken").jsonPath().getList("$").size());
        assertTrue(given().get("/api/stories?limit=500").jsonPath().getList("title").stream().noneMatch("Half a story"::equals),
                "the story of a failed batch is not created either");
        assertEquals("Story not found", report.getString("stories[3].error"));
    }

    @Test
    void aMalformedRequestIsA400AndSavesNothing() {
        String title = "Never saved " + System.nanoTime();
        // the second item is malformed: the first is not imported either
        editor().body("[{\"title\": \"" + title + "\", \"versions\": [{\"outlet\": \"SANA\", \"language\": \"ar\", \"text\": \"نص\"}]},"
                        + " {\"title\": \"x\"}]")
                .post("/api/stories/import-versions").then().statusCode(400)
                .body("error", equalTo("Invalid versions")).body("detail", equalTo("Item 1 needs \"versions\": a list of versions."));
        assertTrue(given().get("/api/stories?limit=500").jsonPath().getList("title").stream().noneMatch(title::equals));
        editor().body("{\"title\": \"not a list\"}").post("/api/stories/import-versions").then().statusCode(400)
                .body("error", equalTo("Invalid JSON"));
        editor().body("[{\"story\": 1, \"title\": \"both\", \"versions\": [{}]}]").post("/api/stories/import-versions").then()
                .statusCode(400).body("error", equalTo("Invalid story"));
        editor().body("[").post("/api/stories/import-versions").then().statusCode(400).body("error", equalTo("Invalid JSON"));
        editor().body("[]").post("/api/stories/import-versions").then().statusCode(400).body("error", equalTo("No stories"));
        given().contentType("application/json").body("[]").post("/api/stories/import-versions").then().statusCode(401);
    }
}
