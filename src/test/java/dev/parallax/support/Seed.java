package dev.parallax.support;

import io.restassured.path.json.JsonPath;

import static io.restassured.RestAssured.given;

/** Finds the seed story (imported from translations/ at startup) through the public API. */
public final class Seed {

    public static final String SLUG = "assad-tehran-visit";
    public static final String TITLE = "Syria's Assad Meets Top Iranian Leaders in Surprise Tehran Visit";

    private Seed() {
    }

    public static long storyId() {
        JsonPath list = Stories.all();
        Number id = list.get("find { it.slug == '" + SLUG + "' }.id");
        if (id == null) {
            throw new AssertionError("The seed story is not in the database: " + list.prettify());
        }
        return id.longValue();
    }

    /** The id of the seed version with the given key (e.g. "sana.ar"). */
    public static long versionId(String key) {
        JsonPath story = given().get("/api/stories/" + storyId()).then().statusCode(200).extract().jsonPath();
        return ((Number) story.get("versions.find { it.key == '" + key + "' }.id")).longValue();
    }
}
