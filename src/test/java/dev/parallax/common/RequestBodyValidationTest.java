package dev.parallax.common;

import dev.parallax.support.Stories;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/**
 * Request bodies are checked by Bean Validation, and a refusal reads like every other one: 400 with an error naming
 * what is wrong and a detail saying what to send, in our words (never Hibernate Validator's "must not be null").
 */
@QuarkusTest
@TestSecurity(user = "editor", roles = {"editor", "translator", "viewer"})
class RequestBodyValidationTest {

    @Test
    void aMissingBodySaysWhatToSend() {
        given().contentType(ContentType.JSON).post("/api/stories").then().statusCode(400)
                .body("error", equalTo("Empty body")).body("detail", equalTo("Send {\"title\": \"…\"}."));
        long story = Stories.createStory("Body checks: a story whose alignment is corrected without a body").getLong("id");
        given().contentType(ContentType.JSON).post("/api/stories/" + story + "/alignment/confirm").then().statusCode(400)
                .body("error", equalTo("Empty body")).body("detail", equalTo("Send {\"versions\": [...], \"row\": n, \"cells\": [...]}."));
    }

    @Test
    void aMissingFieldIsNamedAndNothingChanges() {
        long story = Stories.createStory("Body checks: Assad in Tehran").getLong("id");
        long version = Stories.addVersion(story, Map.of("outlet", "SANA", "language", "en", "title", "Assad in Tehran",
                "text", "President al-Assad arrived in Tehran on Saturday.\n\nHe met Ayatollah Khamenei.")).getLong("id");
        given().contentType(ContentType.JSON).body("{}").post("/api/versions/" + version + "/paragraphs/0/split").then()
                .statusCode(400).body("error", equalTo("Invalid offset"))
                .body("detail", equalTo("offset: say where to split: the character offset in the paragraph."));
        given().contentType(ContentType.JSON).body(Map.of("versions", List.of(version))).post("/api/stories/" + story + "/alignment/confirm")
                .then().statusCode(400).body("error", equalTo("Invalid row"))
                .body("detail", equalTo("row: name the row by its number (0 is the first)."));
        given().get("/api/versions/" + version).then().statusCode(200).body("paragraphs", hasSize(2));
    }
}
