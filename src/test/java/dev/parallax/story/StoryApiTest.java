package dev.parallax.story;

import dev.parallax.support.Seed;
import static dev.parallax.support.Stories.addVersion;
import static dev.parallax.support.Stories.createStory;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@TestSecurity(user = "editor", roles = {"editor", "translator", "viewer"})
class StoryApiTest {

    static final String SANA_AR_FIRST = "أفادت وكالة الأنباء السورية الرسمية سانا";

    @Test
    void seedStoryIsListedWithItsFiveVersions() {
        var all = dev.parallax.support.Stories.all();
        assertEquals(Seed.TITLE, all.getString("find { it.slug == 'assad-tehran-visit' }.title"));
        assertEquals(5, all.getInt("find { it.slug == 'assad-tehran-visit' }.versions"));
    }

    @Test
    void seedStoryDetailCarriesEveryVersionsMetadata() {
        JsonPath story = given().get("/api/stories/" + Seed.storyId()).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("The Syrian Observer", "SANA", "Nournews", "Parallax (translation of SANA)",
                "Parallax (translation of Nournews)"), story.getList("versions.outlet"));
        assertEquals(List.of("en", "en", "en", "ar", "fa"), story.getList("versions.language"));
        assertEquals(List.of("original", "original", "original", "translation", "translation"), story.getList("versions.kind"));
        assertEquals(List.of(20, 11, 1, 11, 1), story.getList("versions.paragraphs"));
        long sanaEn = story.getLong("versions[1].id");
        long nournewsEn = story.getLong("versions[2].id");
        assertEquals(sanaEn, story.getLong("versions[3].translationOf"));
        assertEquals(nournewsEn, story.getLong("versions[4].translationOf"));
        assertEquals("2022-05-08", story.getString("versions[1].publishedAt"));
    }

    @Test
    void seedArabicVersionKeepsItsTextAndReadsRightToLeft() {
        given().get("/api/versions/" + Seed.versionId("sana.ar")).then().statusCode(200)
                .body("language", equalTo("ar"))
                .body("direction", equalTo("rtl"))
                .body("paragraphs", hasSize(11))
                .body("paragraphs[0].index", equalTo(0))
                .body("paragraphs[0].text", containsString(SANA_AR_FIRST));
    }

    @Test
    void createStoryReturns201WithLocationAndSlug() {
        var response = given().contentType(ContentType.JSON).body(Map.of("title", "  Raisi’s   visit to Damascus "))
                .post("/api/stories").then().statusCode(201)
                .body("id", notNullValue())
                .body("title", equalTo("Raisi’s visit to Damascus"))
                .body("slug", equalTo("raisis-visit-to-damascus"))
                .extract();
        long id = response.jsonPath().getLong("id");
        org.hamcrest.MatcherAssert.assertThat(response.header("Location"), endsWith("/api/stories/" + id));
        given().get(response.header("Location")).then().statusCode(200).body("versions", hasSize(0));
    }

    @Test
    void sameTitleTwiceGetsDistinctSlugs() {
        String first = createStory("Earthquake in Herat").getString("slug");
        String second = createStory("Earthquake in Herat").getString("slug");
        assertEquals("earthquake-in-herat", first);
        assertEquals("earthquake-in-herat-2", second);
    }

    @Test
    void addVersionSplitsParagraphsOnBlankLinesAndNormalisesToNfc() {
        long story = createStory("Paragraph splitting").getLong("id");
        // "é" typed as e + combining acute must be stored composed (NFC); a single line break stays.
        String text = "\uFEFF  First paragraph, line one\nline two.  \r\n\r\n\r\nSecond cafe\u0301.\n \t\nThird.\n";
        JsonPath version = given().contentType(ContentType.JSON)
                .body(Map.of("outlet", "Test outlet", "language", "en-gb", "title", "Splitting", "text", text,
                        "sourceUrl", "https://example.org/a?b=1", "publishedAt", "2024-02-29"))
                .post("/api/stories/" + story + "/versions")
                .then().statusCode(201).header("Location", containsString("/api/versions/"))
                .extract().jsonPath();
        assertEquals("en-GB", version.getString("language"));
        assertEquals(List.of("First paragraph, line one\nline two.", "Second café.", "Third."), version.getList("paragraphs.text"));
        assertEquals(List.of(0, 1, 2), version.getList("paragraphs.index"));
        assertEquals("original", version.getString("kind"));
        given().get("/api/stories/" + story).then().body("versions[0].paragraphs", equalTo(3))
                .body("versions[0].sourceUrl", equalTo("https://example.org/a?b=1"))
                .body("versions[0].publishedAt", equalTo("2024-02-29"));
    }

    @Test
    void translationOfAnotherVersionIsRecorded() {
        long story = createStory("Translation link").getLong("id");
        long source = addVersion(story, Map.of("outlet", "SANA", "language", "en", "text", "Assad met Raisi.")).getLong("id");
        JsonPath fa = addVersion(story, Map.of("outlet", "Us", "language", "fa", "kind", "translation",
                "translationOf", source, "text", "اسد با رئیسی دیدار کرد."));
        assertEquals(source, fa.getLong("translationOf"));
        assertEquals("translation", fa.getString("kind"));
        assertEquals("rtl", fa.getString("direction"));
    }

    @Test
    void patchChangesOnlyTheGivenMetadata() {
        long story = createStory("Patch me").getLong("id");
        long id = addVersion(story, Map.of("outlet", "Nournews", "language", "en", "title", "Old", "text", "One.\n\nTwo.")).getLong("id");
        given().contentType(ContentType.JSON).body("{\"title\": \"New title\", \"sourceUrl\": \"https://nournews.ir/en/news/1\", \"publishedAt\": null}")
                .patch("/api/versions/" + id).then().statusCode(200)
                .body("title", equalTo("New title"))
                .body("outlet", equalTo("Nournews"))
                .body("sourceUrl", equalTo("https://nournews.ir/en/news/1"))
                .body("publishedAt", nullValue())
                .body("paragraphs.text", equalTo(List.of("One.", "Two.")));
    }

    @Test
    void deleteVersionThenStory() {
        long story = createStory("Delete me").getLong("id");
        long source = addVersion(story, Map.of("outlet", "A", "language", "en", "text", "Text.")).getLong("id");
        long translation = addVersion(story, Map.of("outlet", "B", "language", "ar", "translationOf", source, "text", "نص.")).getLong("id");
        given().delete("/api/versions/" + source).then().statusCode(204);
        given().get("/api/versions/" + source).then().statusCode(404);
        given().get("/api/versions/" + translation).then().statusCode(200).body("translationOf", nullValue());
        given().delete("/api/stories/" + story).then().statusCode(204);
        given().get("/api/stories/" + story).then().statusCode(404).body("error", equalTo("Story not found"));
        given().get("/api/versions/" + translation).then().statusCode(404);
    }
}
