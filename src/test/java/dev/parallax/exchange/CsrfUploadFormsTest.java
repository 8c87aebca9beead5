package dev.parallax.exchange;

import dev.parallax.support.Seed;
import dev.parallax.support.StoryZips;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The scanner's "CSRF token not checked" on the two upload forms is false: a valid story folder or aligned-text file
 * posted with a missing or wrong token answers 400 and stores nothing; the same file with the page's token is
 * imported. (The scanner concluded otherwise because its test file, a GIF, is refused either way.)
 */
@QuarkusTest
@TestSecurity(user = "editor", roles = {"editor", "translator", "viewer"})
class CsrfUploadFormsTest {

    static RequestSpecification form(String cookieToken, String formToken) {
        RequestSpecification r = given().redirects().follow(false);
        if (cookieToken != null) {
            r = r.cookie("csrf-token", cookieToken);
        }
        if (formToken != null) {
            r = r.multiPart("csrf-token", formToken);
        }
        return r;
    }

    long stories() {
        return dev.parallax.story.Story.count("deletedAt is null");
    }

    @Test
    void aStoryFolderWithoutTheRightTokenIsRefusedAndNothingStored() {
        String slug = "csrf-" + UUID.randomUUID().toString().substring(0, 8);
        byte[] zip = StoryZips.zip(slug, StoryZips.seedFilesWithSlug(slug));
        Response page = given().get("/");
        String cookie = page.getCookie("csrf-token");
        String token = org.jsoup.Jsoup.parse(page.asString()).selectFirst("form[aria-label='Import story folder'] input[name=csrf-token]").val();
        long before = stories();
        assertEquals(400, form(cookie, null).multiPart("file", slug + ".zip", zip, "application/zip").post("/stories/import").statusCode());
        assertEquals(400, form(cookie, "forged" + token).multiPart("file", slug + ".zip", zip, "application/zip").post("/stories/import").statusCode());
        assertEquals(400, form(null, token).multiPart("file", slug + ".zip", zip, "application/zip").post("/stories/import").statusCode());
        assertEquals(before, stories(), "nothing stored");
        Response ok = form(cookie, token).multiPart("file", slug + ".zip", zip, "application/zip").post("/stories/import");
        assertEquals(303, ok.statusCode(), ok.asString());
        assertEquals(before + 1, stories());
    }

    @Test
    void anAlignedTextWithoutTheRightTokenIsRefusedAndNothingStored() {
        byte[] tmx = given().get("/api/stories/" + Seed.storyId() + "/export?format=tmx&versions="
                + Seed.versionId("sana.en") + "," + Seed.versionId("sana.ar")).asByteArray();
        Response page = given().get("/");
        String cookie = page.getCookie("csrf-token");
        String token = org.jsoup.Jsoup.parse(page.asString()).selectFirst("form[aria-label='Import aligned text'] input[name=csrf-token]").val();
        long before = stories();
        assertEquals(400, form(cookie, null).multiPart("file", "sana.tmx", tmx, "application/x-tmx+xml").multiPart("title", "CSRF probe")
                .post("/stories/import-aligned").statusCode());
        assertEquals(400, form(cookie, "x" + token).multiPart("file", "sana.tmx", tmx, "application/x-tmx+xml").multiPart("title", "CSRF probe")
                .post("/stories/import-aligned").statusCode());
        assertEquals(before, stories(), "nothing stored");
        Response ok = form(cookie, token).multiPart("file", "sana.tmx", tmx, "application/x-tmx+xml").multiPart("title", "CSRF probe")
                .post("/stories/import-aligned");
        assertEquals(303, ok.statusCode(), ok.asString());
        assertEquals(before + 1, stories());
    }

    @Test
    void theCsrfCookieIsHttpOnlyAndSecureOverHttps() {
        io.restassured.http.Cookie plain = given().get("/").getDetailedCookie("csrf-token");
        org.junit.jupiter.api.Assertions.assertTrue(plain.isHttpOnly(), plain.toString());
        io.restassured.http.Cookie https = given().header("X-Forwarded-Proto", "https").get("/").getDetailedCookie("csrf-token");
        org.junit.jupiter.api.Assertions.assertTrue(https.isHttpOnly() && https.isSecured(), https.toString());
    }
}
