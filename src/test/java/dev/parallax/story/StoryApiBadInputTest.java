package dev.parallax.story;

import dev.parallax.support.Stories;
import dev.parallax.support.Seed;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every refused request answers with its status and {"error", "detail"}, and stores nothing. */
@QuarkusTest
@TestSecurity(user = "editor", roles = {"editor", "translator", "viewer"})
class StoryApiBadInputTest {

    @Test
    void storyWithoutTitleIsRefused() {
        int before = storyCount();
        refused(given().contentType(ContentType.JSON).body(Map.of("title", "   ")).post("/api/stories").then(), 400)
                .body("error", equalTo("Invalid title"));
        refused(given().contentType(ContentType.JSON).body("{}").post("/api/stories").then(), 400);
        refused(given().contentType(ContentType.JSON).body("{\"title\": ").post("/api/stories").then(), 400)
                .body("error", equalTo("Malformed JSON"));
        refused(given().contentType(ContentType.TEXT).body("title").post("/api/stories").then(), 415);
        assertEquals(before, storyCount());
    }

    @Test
    void unknownIdsAre404() {
        refused(given().get("/api/stories/987654321").then(), 404).body("error", equalTo("Story not found"));
        refused(given().delete("/api/stories/987654321").then(), 404);
        refused(given().get("/api/versions/987654321").then(), 404).body("error", equalTo("Version not found"));
        refused(given().delete("/api/versions/987654321").then(), 404);
        refused(given().contentType(ContentType.JSON).body("{\"title\": \"x\"}").patch("/api/versions/987654321").then(), 404);
        refused(given().contentType(ContentType.JSON).body(version("en", "Text.")).post("/api/stories/987654321/versions").then(), 404);
        refused(given().get("/api/nothing-here").then(), 404);
    }

    @Test
    void badVersionFieldsAre400AndStoreNothing() {
        long story = Stories.createStory("Bad versions").getLong("id");
        assertRefusedVersion(story, version("en", ""), "Empty text");
        assertRefusedVersion(story, version("en", " \n\n \t \n"), "Empty text");
        assertRefusedVersion(story, version("english!", "Text."), "Invalid language");
        assertRefusedVersion(story, version("xx", "Text."), "Invalid language");
        assertRefusedVersion(story, version("", "Text."), "Invalid language");
        assertRefusedVersion(story, with(version("en", "Text."), "publishedAt", "2022-13-45"), "Invalid date");
        assertRefusedVersion(story, with(version("en", "Text."), "sourceUrl", "ftp://sana.sy/file"), "Invalid source URL");
        assertRefusedVersion(story, with(version("en", "Text."), "sourceUrl", "not an address"), "Invalid source URL");
        assertRefusedVersion(story, with(version("en", "Text."), "kind", "draft"), "Invalid kind");
        assertRefusedVersion(story, with(version("en", "Text."), "translationOf", 987654321), "Invalid translationOf");
        assertRefusedVersion(story, with(version("en", "Text."), "translationOf", Seed.versionId("sana.en")), "Invalid translationOf");
        assertRefusedVersion(story, with(version("en", "Text."), "outlet", " "), "Invalid outlet");
        given().get("/api/stories/" + story).then().body("versions.size()", equalTo(0));
    }

    @Test
    void textOverTheSizeLimitIs413() {
        long story = Stories.createStory("Too long").getLong("id");
        String paragraph = "Assad met Khamenei and Raisi in Tehran on Sunday. ".repeat(20);
        String text = (paragraph + "\n\n").repeat(2_200_000 / paragraph.length());
        refused(given().contentType(ContentType.JSON).body(version("en", text)).post("/api/stories/" + story + "/versions").then(), 413)
                .body("detail", containsString("limit"));
        given().get("/api/stories/" + story).then().body("versions.size()", equalTo(0));
    }

    @Test
    void patchRefusesTextUnknownFieldsAndBadValuesWithoutChangingAnything() {
        long story = Stories.createStory("Patch refusals").getLong("id");
        long id = Stories.addVersion(story, version("en", "One.")).getLong("id");
        refused(given().contentType(ContentType.JSON).body("{\"text\": \"Other.\"}").patch("/api/versions/" + id).then(), 400)
                .body("error", equalTo("Not metadata"));
        refused(given().contentType(ContentType.JSON).body("{\"colour\": \"red\"}").patch("/api/versions/" + id).then(), 400)
                .body("error", equalTo("Unknown field"));
        refused(given().contentType(ContentType.JSON).body("{\"title\": \"Changed\", \"language\": \"??\"}").patch("/api/versions/" + id).then(), 400)
                .body("error", equalTo("Invalid language"));
        refused(given().contentType(ContentType.JSON).body("{\"outlet\": null}").patch("/api/versions/" + id).then(), 400);
        refused(given().contentType(ContentType.JSON).body("{\"translationOf\": " + id + "}").patch("/api/versions/" + id).then(), 400);
        given().get("/api/versions/" + id).then().statusCode(200)
                .body("title", equalTo("Test")).body("language", equalTo("en")).body("outlet", equalTo("Test outlet"))
                .body("paragraphs[0].text", equalTo("One."));
    }

    private void assertRefusedVersion(long story, Map<String, Object> body, String error) {
        refused(given().contentType(ContentType.JSON).body(body).post("/api/stories/" + story + "/versions").then(), 400)
                .body("error", equalTo(error));
    }

    static ValidatableResponse refused(ValidatableResponse response, int status) {
        return response.statusCode(status).contentType(ContentType.JSON)
                .body("error", not(emptyOrNullString()))
                .body("detail", not(emptyOrNullString()));
    }

    static Map<String, Object> version(String language, String text) {
        Map<String, Object> body = new HashMap<>();
        body.put("outlet", "Test outlet");
        body.put("language", language);
        body.put("title", "Test");
        body.put("text", text);
        return body;
    }

    static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        body.put(key, value);
        return body;
    }

    static int storyCount() {
        return dev.parallax.support.Stories.all().getList("$").size();
    }
}
