package dev.parallax.story;

import dev.parallax.support.PageSession;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A story's date (its versions' earliest publication date, else the day it was added): the lists filter by it
 * ({@code ?from=&to=}) and {@code sort=date} orders by it, newest first; a malformed date is a 400.
 */
@QuarkusTest
@TestSecurity(user = "editor", roles = {"editor", "translator", "viewer"})
class StoryDateFilterTest {

    static long story(String title, String outlet, String... publishedAt) {
        long id = given().contentType(ContentType.JSON).body(Map.of("title", title)).post("/api/stories")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        for (String date : publishedAt) {
            given().contentType(ContentType.JSON).body(Map.of("outlet", outlet, "language", "fa", "publishedAt", date,
                    "text", "رئیس‌جمهور سوریه در سفری غیرمنتظره به تهران رفت.")).post("/api/stories/" + id + "/versions").then().statusCode(201);
        }
        return id;
    }

    @Test
    void listsFilterAndSortByTheStorysPublicationDate() {
        String outlet = "DatedWire" + System.nanoTime();
        long may = story("Assad in Tehran, May", outlet, "2024-05-08", "2024-05-09");
        long june = story("Assad in Tehran, June", outlet, "2024-06-20");
        long march = story("Assad in Tehran, March", outlet, "2024-03-02");
        String byOutlet = "&outlet=" + URLEncoder.encode(outlet, StandardCharsets.UTF_8);

        List<Long> newestFirst = given().get("/api/stories?sort=date" + byOutlet).then().statusCode(200)
                .extract().jsonPath().getList("id", Long.class);
        assertEquals(List.of(june, may, march), newestFirst, "by publication date, not by when they were added");
        assertEquals("2024-05-08", given().get("/api/stories?sort=date" + byOutlet).jsonPath().getString("find { it.id == " + may + " }.date"),
                "a story's date is its earliest version's");

        List<Long> spring = given().get("/api/stories?from=2024-04-01&to=2024-05-31" + byOutlet).then().statusCode(200)
                .extract().jsonPath().getList("id", Long.class);
        assertEquals(List.of(may), spring);
        assertEquals(List.of(june, may), given().get("/api/stories?sort=date&from=2024-05-08" + byOutlet).jsonPath().getList("id", Long.class));
        assertEquals(List.of(may, march), given().get("/api/stories?sort=date&to=2024-05-08" + byOutlet).jsonPath().getList("id", Long.class));

        // the keyset cursor of sort=date walks the same order, one story per page
        String first = given().get("/api/stories?sort=date&limit=1" + byOutlet).then().statusCode(200).extract().header("Link");
        assertTrue(first.contains("rel=\"next\""), first);
        String nextUrl = first.substring(first.indexOf('<') + 1, first.indexOf('>'));
        assertEquals(List.of(may), given().urlEncodingEnabled(false).get(nextUrl.replaceFirst("^https?://[^/]+", "")).then().statusCode(200).extract().jsonPath().getList("id", Long.class));

        // deleting the May story's earliest version moves its date to the next one
        long earliest = given().get("/api/stories/" + may).jsonPath().getLong("versions[0].id");
        given().delete("/api/versions/" + earliest).then().statusCode(204);
        assertEquals("2024-05-09", given().get("/api/stories?" + byOutlet.substring(1)).jsonPath().getString("find { it.id == " + may + " }.date"));

        // the home page filters the same way, with the dates kept in the form
        Document home = new PageSession().get("/?from=2024-06-01" + byOutlet);
        assertEquals(List.of("Assad in Tehran, June"), home.select("table.stories tbody td a").eachText());
        assertEquals("2024-06-01", home.selectFirst("input[name=from]").val());
        assertEquals("2024-06-20", home.selectFirst("table.stories tbody time").attr("datetime"));
    }

    @Test
    void aMalformedOrBackwardDateIsA400() {
        given().get("/api/stories?from=2024-13-01").then().statusCode(400).body("error", equalTo("Invalid date"))
                .body("detail", equalTo("from is a date written year-month-day (2026-12-01); '2024-13-01' is not."));
        given().get("/api/stories?to=yesterday").then().statusCode(400).body("error", equalTo("Invalid date"));
        given().get("/api/stories?from=2024-06-01&to=2024-05-01").then().statusCode(400).body("error", equalTo("Invalid date"));
        given().get("/?from=01/06/2024").then().statusCode(400);
    }
}
