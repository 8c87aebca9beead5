package dev.parallax.support;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import java.util.Map;

import static io.restassured.RestAssured.given;

/** Creates stories and versions through the public API, for tests that need their own. */
public final class Stories {

    /** The first admin's password in tests (%test.parallax.admin-password). */
    public static final String ADMIN_PASSWORD = "admin-test-password";

    private Stories() {
    }

    /** As the test's own identity (@TestSecurity). */
    public static JsonPath createStory(String title) {
        return given().contentType(ContentType.JSON).body(Map.of("title", title)).post("/api/stories")
                .then().statusCode(201).extract().jsonPath();
    }

    public static JsonPath addVersion(long story, Map<String, ?> fields) {
        return given().contentType(ContentType.JSON).body(fields).post("/api/stories/" + story + "/versions")
                .then().statusCode(201).extract().jsonPath();
    }

    /** As the admin over HTTP Basic, for tests whose own identity may not manage stories. */
    public static long createStoryAs(String title) {
        return given().auth().preemptive().basic("admin", ADMIN_PASSWORD).contentType(ContentType.JSON).body(Map.of("title", title))
                .post("/api/stories").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    public static long addVersionAs(long story, Map<String, ?> fields) {
        return given().auth().preemptive().basic("admin", ADMIN_PASSWORD).contentType(ContentType.JSON).body(fields)
                .post("/api/stories/" + story + "/versions").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /**
     * Every story, following the list's {@code Link: rel="next"} pages, as one JSON array (for tests that look
     * for a story in the whole list; the list itself answers one page at a time).
     */
    public static JsonPath all() {
        java.util.List<Object> stories = new java.util.ArrayList<>();
        String url = "/api/stories?limit=500&sort=title";
        while (url != null) {
            io.restassured.response.Response page = given().get(url).then().statusCode(200).extract().response();
            stories.addAll(page.jsonPath().getList("$"));
            String link = page.header("Link");
            url = null;
            if (link != null) {
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("<[^>]*?(/api/stories[^>]*)>; rel=\"next\"").matcher(link);
                if (m.find()) {
                    url = m.group(1);
                }
            }
        }
        try {
            return JsonPath.from(new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(stories));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void deleteVersionAsEditor(long version) {
        given().auth().preemptive().basic("admin", ADMIN_PASSWORD).delete("/api/versions/" + version).then().statusCode(204);
    }
}
