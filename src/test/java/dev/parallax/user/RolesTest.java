package dev.parallax.user;

import dev.parallax.support.Seed;
import dev.parallax.support.Stories;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Real sign-in (HTTP Basic and the login form) and the roles on every kind of write. */
@QuarkusTest
class RolesTest {

    static final String PASSWORD = "correct horse battery";

    @Inject
    UserService users;

    @BeforeEach
    void users() {
        for (String role : new String[]{"viewer", "translator", "editor"}) {
            if (User.findByUsername("test-" + role).isEmpty()) {
                users.create("test-" + role, PASSWORD, role);
            }
        }
    }

    static RequestSpecification as(String role) {
        return given().auth().preemptive().basic("test-" + role, PASSWORD);
    }

    @Test
    void readsAreOpenToEveryone() {
        given().get("/api/stories").then().statusCode(200);
        given().get("/api/stories/" + Seed.storyId()).then().statusCode(200);
        given().get("/stories/" + Seed.storyId()).then().statusCode(200);
        as("viewer").get("/api/stories/" + Seed.storyId() + "/alignment").then().statusCode(200);
    }

    @Test
    void anonymousWritesAre401() {
        given().contentType(ContentType.JSON).body(Map.of("title", "Anonymous")).post("/api/stories").then().statusCode(401)
                .header("WWW-Authenticate", containsString("Basic")).body("error", equalTo("Not signed in"));
        given().delete("/api/stories/" + Seed.storyId()).then().statusCode(401);
        given().contentType(ContentType.JSON).body(Map.of("text", "x", "baseRevision", 1))
                .put("/api/versions/" + Seed.versionId("sana.ar") + "/paragraphs/0").then().statusCode(401);
        given().contentType(ContentType.JSON).body(Map.of("versions", java.util.List.of(), "row", 0))
                .post("/api/stories/" + Seed.storyId() + "/alignment/confirm").then().statusCode(401);
        // from another (documentation) address: this machine's address must not collect failures that slow other tests
        given().auth().preemptive().basic("test-editor", "wrong password").header("X-Forwarded-For", "192.0.2.10").contentType(ContentType.JSON)
                .body(Map.of("title", "Wrong password")).post("/api/stories").then().statusCode(401);
    }

    @Test
    void viewersReadButCannotWrite() {
        as("viewer").contentType(ContentType.JSON).body(Map.of("title", "Viewer")).post("/api/stories").then().statusCode(403)
                .body("error", equalTo("Forbidden"));
        as("viewer").contentType(ContentType.JSON).body(Map.of("text", "x", "baseRevision", 1))
                .put("/api/versions/" + Seed.versionId("sana.ar") + "/paragraphs/0").then().statusCode(403);
        as("viewer").get("/api/users").then().statusCode(403);
    }

    @Test
    void translatorsEditTextButNotStoriesOrAlignment() {
        long story = Stories.createStoryAs("Roles: translator");
        long version = Stories.addVersionAs(story, Map.of("outlet", "X", "language", "en", "text", "One."));
        as("translator").contentType(ContentType.JSON).body(Map.of("text", "One, edited.", "baseRevision", 1))
                .put("/api/versions/" + version + "/paragraphs/0").then().statusCode(200);
        as("translator").contentType(ContentType.JSON).body(Map.of("title", "x")).patch("/api/versions/" + version).then().statusCode(403);
        as("translator").delete("/api/versions/" + version).then().statusCode(403);
        as("translator").contentType(ContentType.JSON).body(Map.of("title", "x")).post("/api/stories").then().statusCode(403);
        as("translator").contentType(ContentType.JSON).body(Map.of("versions", java.util.List.of(), "row", 0))
                .post("/api/stories/" + Seed.storyId() + "/alignment/confirm").then().statusCode(403);
    }

    @Test
    void editorsManageStoriesAndAdminsManageUsers() {
        long story = as("editor").contentType(ContentType.JSON).body(Map.of("title", "Roles: editor")).post("/api/stories")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        as("editor").get("/api/users").then().statusCode(403);
        given().auth().preemptive().basic("admin", Stories.ADMIN_PASSWORD).get("/api/users").then().statusCode(200)
                .body("username", hasItem("test-editor"));
        given().auth().preemptive().basic("admin", Stories.ADMIN_PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("username", "short-pass", "password", "123", "role", "viewer")).post("/api/users")
                .then().statusCode(400).body("error", equalTo("Invalid password"));
        given().auth().preemptive().basic("admin", Stories.ADMIN_PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("username", "someone", "password", "long enough", "role", "boss")).post("/api/users")
                .then().statusCode(400).body("error", equalTo("Invalid role"));
        given().auth().preemptive().basic("admin", Stories.ADMIN_PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("role", "viewer")).patch("/api/users/admin").then().statusCode(409).body("error", equalTo("Last admin"));
        as("editor").delete("/api/stories/" + story).then().statusCode(204);
    }

    @Test
    void deletedStoriesCanBeRestoredByAnAdmin() {
        long story = Stories.createStoryAs("Roles: trash");
        as("editor").delete("/api/stories/" + story).then().statusCode(204);
        given().get("/api/stories/" + story).then().statusCode(404);
        as("editor").contentType(ContentType.JSON).post("/api/trash/stories/" + story + "/restore").then().statusCode(403);
        given().auth().preemptive().basic("admin", Stories.ADMIN_PASSWORD).get("/api/trash").then().statusCode(200)
                .body("stories.id", hasItem((int) story));
        given().auth().preemptive().basic("admin", Stories.ADMIN_PASSWORD).contentType(ContentType.JSON)
                .post("/api/trash/stories/" + story + "/restore")
                .then().statusCode(200).body("title", equalTo("Roles: trash"));
        given().get("/api/stories/" + story).then().statusCode(200);
    }

    @Test
    void aFormPostToTheApiWithoutACsrfTokenIsRefusedWithAMessage() {
        given().auth().preemptive().basic("admin", Stories.ADMIN_PASSWORD).contentType("application/x-www-form-urlencoded")
                .formParam("x", "forged").post("/api/trash/stories/" + Seed.storyId() + "/restore")
                .then().statusCode(400).body("error", equalTo("CSRF token missing"));
    }

    @Test
    void pagesSignInWithTheFormAndHideWhatTheRoleCannotDo() {
        Document anonymous = Jsoup.parse(given().get("/").then().statusCode(200).extract().asString());
        assertTrue(anonymous.select("form[aria-label=New story]").isEmpty());
        Document aligned = Jsoup.parse(given().get("/stories/" + Seed.storyId() + "/aligned").then().statusCode(200).extract().asString());
        assertTrue(aligned.select("form[aria-label^=Confirm row], form[aria-label^=Unlink], form[aria-label=Link paragraphs]").isEmpty(),
                "no correction forms for a reader");
        assertTrue(aligned.select("a.sentences-link").size() > 0);
        assertNotNull(anonymous.selectFirst("a[href=/login]"));

        Response login = given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("j_username", "test-editor").formParam("j_password", PASSWORD).post("/j_security_check");
        assertTrue(login.statusCode() == 302 || login.statusCode() == 303, "redirect after sign-in: " + login.statusCode());
        String credential = login.getCookie("quarkus-credential");
        assertNotNull(credential);
        Document signedIn = Jsoup.parse(given().cookies(login.getCookies()).get("/").then().statusCode(200).extract().asString());
        assertTrue(signedIn.text().contains("Signed in as test-editor"));
        assertNotNull(signedIn.selectFirst("form[aria-label=New story]"));

        Response wrong = given().redirects().follow(false).header("X-Forwarded-For", "192.0.2.10").contentType("application/x-www-form-urlencoded")
                .formParam("j_username", "test-editor").formParam("j_password", "nope").post("/j_security_check");
        assertTrue(wrong.header("Location").contains("/login?error"), wrong.header("Location"));

        // an anonymous visitor asking for an editor's form is sent to the sign-in page
        given().redirects().follow(false).get("/stories/" + Seed.storyId() + "/versions/new").then().statusCode(303)
                .header("Location", containsString("/login"));
    }
}
