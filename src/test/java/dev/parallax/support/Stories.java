package dev.parallax.support;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import java.util.Map;

import static io.restassured.RestAssured.given;

/** Creates stories and versions through the public API, for tests that need their own. */
public final class Stories {

    private Stories() {
    }

    public static JsonPath createStory(String title) {
        return given().contentType(ContentType.JSON).body(Map.of("title", title)).post("/api/stories")
                .then().statusCode(201).extract().jsonPath();
    }

    public static JsonPath addVersion(long story, Map<String, ?> fields) {
        return given().contentType(ContentType.JSON).body(fields).post("/api/stories/" + story + "/versions")
                .then().statusCode(201).extract().jsonPath();
    }
}
