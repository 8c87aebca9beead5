package dev.parallax.align;

import dev.parallax.story.StoryChanges;
import dev.parallax.support.Stories;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The aligned page and the alignment API answer from what they remembered of a view only while the story's change
 * count in the database is the same: reads leave it alone, and every kind of edit (a paragraph's text, saved by a
 * bulk update; a version's metadata; an alignment correction; deleting the story) moves it, so the next answer shows
 * the edit. No instance-local invalidation exists, so what holds here holds for an edit made on another instance.
 * Uses SANA's English report and our Arabic translation of it (the seed's first three paragraphs).
 */
@QuarkusTest
@TestSecurity(user = "editor", roles = {"editor", "translator", "viewer"})
class AlignedViewsTest {

    @Inject
    StoryChanges changes;

    @Test
    void everyEditOfTheSanaPairIsSeenByTheNextPageAndApiAnswer() throws Exception {
        long story = Stories.createStory("Cached views " + System.nanoTime()).getLong("id");
        long en = Stories.addVersion(story, Map.of("outlet", "SANA", "language", "en", "text", firstParagraphs("02-sana.en.txt")))
                .getLong("id");
        long ar = Stories.addVersion(story, Map.of("outlet", "Parallax", "language", "ar", "text", firstParagraphs("04-sana.ar.txt")))
                .getLong("id");
        String versions = en + "," + ar;
        String page = "/stories/" + story + "/aligned?versions=" + versions;
        String api = "/api/stories/" + story + "/alignment?versions=" + versions;

        String before = given().get(page).then().statusCode(200).extract().asString();
        assertTrue(before.contains("زيارة عمل"), "the Arabic is on the page");
        JsonPath alignment = given().get(api).then().statusCode(200).extract().jsonPath();
        long count = changes.count(story);
        given().get(page).then().statusCode(200);
        given().get(api).then().statusCode(200);
        assertEquals(count, changes.count(story), "reading changes nothing");

        // a paragraph's text (a bulk update, no entity event): the page and the API's sentences show it
        String edited = "أفادت وكالة الأنباء السورية الرسمية سانا يوم الأحد بأن الرئيس الأسد أجرى زيارة قصيرة إلى طهران.";
        given().contentType(ContentType.JSON).body(Map.of("text", edited, "baseRevision", 1, "status", "reviewed"))
                .put("/api/versions/" + ar + "/paragraphs/0").then().statusCode(200);
        assertTrue(changes.count(story) > count, "an edit moves the count");
        // one word the seed does not use (the page may mark termbase terms inside a phrase)
        assertFalse(before.contains("قصيرة"));
        assertTrue(given().get(page).then().statusCode(200).extract().asString().contains("قصيرة"), "the page shows the edit");
        assertTrue(given().get(api).then().statusCode(200).extract().asString().contains("يوم الأحد"), "the API shows the edit");

        // a version's metadata
        count = changes.count(story);
        given().contentType(ContentType.JSON).body(Map.of("outlet", "Parallax Arabic desk")).patch("/api/versions/" + ar)
                .then().statusCode(200);
        assertTrue(changes.count(story) > count);
        assertTrue(given().get(page).then().extract().asString().contains("Parallax Arabic desk"), "the page shows the new outlet");

        // an alignment correction: the first row confirmed
        assertFalse(alignment.getBoolean("rows[0].confirmed"));
        given().contentType(ContentType.JSON)
                .body(Map.of("versions", List.of(en, ar), "row", 0, "cells", given().get(api).then().extract().jsonPath().getList("rows[0].cells")))
                .post("/api/stories/" + story + "/alignment/confirm").then().statusCode(200);
        assertTrue(given().get(api).then().statusCode(200).extract().jsonPath().getBoolean("rows[0].confirmed"), "the API shows it");

        // the story deleted: gone at once
        given().delete("/api/stories/" + story).then().statusCode(204);
        given().get(page).then().statusCode(404);
        given().get(api).then().statusCode(404);
    }

    /** The first three paragraphs of a seed version (after its front matter). */
    private static String firstParagraphs(String file) throws Exception {
        String text = Files.readString(Path.of("translations/assad-tehran-visit", file));
        String body = text.substring(text.indexOf("---", 3) + 3).strip();
        return String.join("\n\n", Arrays.asList(body.split("\n\\s*\n")).subList(0, 3));
    }
}
