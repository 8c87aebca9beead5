package dev.parallax.exchange;

import dev.parallax.support.StoryZips;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.parallax.support.StoryZips.seedFilesWithSlug;
import static dev.parallax.support.StoryZips.zip;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Importing a zipped story folder through the API: all of it, or nothing. */
@QuarkusTest
@TestSecurity(user = "editor", roles = {"editor", "translator", "viewer"})
class StoryImportApiTest {

    @Test
    void seedFolderZippedUnderAnotherSlugImportsAsANewStory() {
        byte[] zip = zip("assad-copy", seedFilesWithSlug("assad-tehran-visit-copy"));
        JsonPath story = given().contentType("application/zip").body(zip).post("/api/stories/import?filename=assad.zip")
                .then().statusCode(201).header("Location", containsString("/api/stories/")).extract().jsonPath();
        assertEquals("assad-tehran-visit-copy", story.getString("slug"));
        assertEquals(List.of("syrian-observer.en", "sana.en", "nournews.en", "sana.ar", "nournews.fa"), story.getList("versions.key"));
        assertEquals(List.of(20, 11, 1, 11, 1), story.getList("versions.paragraphs"));
        assertEquals(story.getLong("versions[1].id"), story.getLong("versions[3].translationOf"));
    }

    /** {@code ?background=true}: the zip is checked at once, stored by a job that ends with a one-story report. */
    @Test
    void aLargeStoryFolderImportsInTheBackground() throws InterruptedException {
        byte[] zip = zip("assad-bg", seedFilesWithSlug("assad-tehran-visit-background"));
        io.restassured.response.Response started = given().contentType("application/zip").body(zip)
                .post("/api/stories/import?filename=assad-bg.zip&background=true").then().statusCode(202).extract().response();
        String location = started.header("Location");
        assertEquals("import-stories", started.jsonPath().getString("kind"));
        JsonPath job = null;
        for (int i = 0; i < 600 && (job == null || "running".equals(job.getString("state"))); i++) {
            Thread.sleep(50);
            job = given().get(location).then().statusCode(200).extract().jsonPath();
        }
        assertEquals("done", job.getString("state"), job.prettify());
        assertEquals("1 story imported, 0 failed.", job.getString("message"));
        assertEquals("assad-tehran-visit-background", job.getString("result.stories[0].slug"));
        assertEquals(5, job.getInt("result.stories[0].versions"));
        given().get("/api/stories/" + job.getLong("result.stories[0].id")).then().statusCode(200)
                .body("versions.paragraphs", equalTo(List.of(20, 11, 1, 11, 1)));
        // a zip that is not a story folder is refused at once, before any job
        given().contentType("application/zip").body(zip("f", Map.of("readme.txt", "hello"))).post("/api/stories/import?background=true")
                .then().statusCode(400).body("error", equalTo("Not a story folder"));
    }

    @Test
    void filesAtTheTopOfTheZipWorkToo() {
        given().contentType("application/zip").body(zip("", seedFilesWithSlug("assad-top-level"))).post("/api/stories/import")
                .then().statusCode(201).body("versions.size()", equalTo(5));
    }

    @Test
    void aStoryWhoseSlugExistsIsA409() {
        int before = count();
        given().contentType("application/zip").body(zip("assad-tehran-visit", StoryZips.seedFiles())).post("/api/stories/import")
                .then().statusCode(409).body("error", equalTo("Story exists")).body("detail", containsString("assad-tehran-visit"));
        assertEquals(before, count());
    }

    @Test
    void malformedFrontMatterIs400AndNothingIsStored() {
        int before = count();
        Map<String, String> files = StoryZips.edit(seedFilesWithSlug("assad-malformed"), "04-sana.ar.txt",
                text -> text.replace("kind: translation", "kind translation"));
        given().contentType("application/zip").body(zip("x", files)).post("/api/stories/import")
                .then().statusCode(400).body("error", equalTo("Malformed front matter")).body("detail", containsString("04-sana.ar.txt"));
        files = StoryZips.edit(seedFilesWithSlug("assad-malformed"), "05-nournews.fa.txt",
                text -> text.replace("translation-of: nournews.en", "translation-of: nournews.de"));
        given().contentType("application/zip").body(zip("x", files)).post("/api/stories/import")
                .then().statusCode(400).body("error", equalTo("Invalid translationOf")).body("detail", containsString("05-nournews.fa.txt"));
        files = StoryZips.edit(seedFilesWithSlug("assad-malformed"), "02-sana.en.txt", text -> text.replace("language: en", "language: e_n!"));
        given().contentType("application/zip").body(zip("x", files)).post("/api/stories/import")
                .then().statusCode(400).body("error", equalTo("Invalid language"));
        files = StoryZips.edit(seedFilesWithSlug("assad-malformed"), "01-syrian-observer.en.txt", text -> text.replace("\n---\n\n", "\n\n"));
        given().contentType("application/zip").body(zip("x", files)).post("/api/stories/import")
                .then().statusCode(400).body("error", equalTo("Malformed front matter"));
        assertEquals(before, count());
        assertFalse(dev.parallax.support.Stories.all().getList("slug").contains("assad-malformed"));
    }

    @Test
    void notAZipOrNotAStoryFolderIs400() {
        given().contentType("application/zip").body("just text".getBytes()).post("/api/stories/import")
                .then().statusCode(400).body("error", not400Empty());
        given().contentType("application/zip").body(zip("f", Map.of("readme.txt", "hello"))).post("/api/stories/import")
                .then().statusCode(400).body("error", equalTo("Not a story folder"));
        given().contentType("application/pdf").body(new byte[]{1, 2, 3}).post("/api/stories/import")
                .then().statusCode(415).body("error", equalTo("Unsupported media type"));
    }

    private static org.hamcrest.Matcher<String> not400Empty() {
        return org.hamcrest.Matchers.not(org.hamcrest.Matchers.emptyOrNullString());
    }

    private static int count() {
        return dev.parallax.support.Stories.all().getList("$").size();
    }
}
