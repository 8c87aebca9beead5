package dev.parallax.story;

import dev.parallax.support.PageSession;
import dev.parallax.support.Seed;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Paged, sorted, filtered story lists: GET /api/stories (array body, Link rel="next") and the home page. */
@QuarkusTest
@TestSecurity(user = "editor", roles = {"editor", "translator", "viewer"})
class StoryListTest {

    static final Pattern NEXT = Pattern.compile("<([^>]+)>; rel=\"next\"");

    static String next(Response r) {
        String link = r.header("Link");
        if (link == null) {
            return null;
        }
        Matcher m = NEXT.matcher(link);
        assertTrue(m.find(), link);
        return m.group(1);
    }

    @Test
    void pagesFollowLinkHeadersThroughEveryStoryOnceNewestChangeFirst() {
        String tag = "Paging " + System.nanoTime();
        List<Long> made = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            long id = given().contentType(ContentType.JSON).body(Map.of("title", tag + " " + i)).post("/api/stories")
                    .then().statusCode(201).extract().jsonPath().getLong("id");
            given().contentType(ContentType.JSON).body(Map.of("outlet", "Pager Wire " + tag, "language", i % 2 == 0 ? "ar" : "fa-IR",
                    "text", "نص " + i)).post("/api/stories/" + id + "/versions").then().statusCode(201);
            made.add(id);
        }
        // filtered to these 7 stories by their outlet, 3 per page: 3 + 3 + 1, newest change first
        List<Long> seen = new ArrayList<>();
        String url = "/api/stories?limit=3&outlet=" + java.net.URLEncoder.encode("pager wire " + tag.toLowerCase(), java.nio.charset.StandardCharsets.UTF_8);
        int pages = 0;
        while (url != null) {
            Response r = given().urlEncodingEnabled(false).get(url.replaceFirst("^https?://[^/]+", "")).then().statusCode(200).extract().response();
            List<Integer> ids = r.jsonPath().getList("id");
            assertTrue(ids.size() <= 3);
            ids.forEach(id -> seen.add(id.longValue()));
            url = next(r);
            pages++;
        }
        assertEquals(3, pages);
        List<Long> expected = new ArrayList<>(made);
        java.util.Collections.reverse(expected);
        assertEquals(expected, seen, "every story once, the last changed first");

        // an edit moves a story to the front
        long first = made.get(0);
        long version = given().get("/api/stories/" + first).then().extract().jsonPath().getLong("versions[0].id");
        given().contentType(ContentType.JSON).body(Map.of("text", "نص معدل", "baseRevision", 1))
                .put("/api/versions/" + version + "/paragraphs/0").then().statusCode(200);
        given().get("/api/stories?limit=1&outlet=" + tag).then().statusCode(200).body("[0].id", equalTo((int) first));

        // languages: distinct, and a primary tag matches its regional variants
        given().get("/api/stories?limit=500&language=fa&outlet=" + tag).then().statusCode(200).body("size()", equalTo(3))
                .body("[0].languages", equalTo(List.of("fa-IR")));
        given().get("/api/stories?limit=500&language=ar&outlet=" + tag).then().statusCode(200).body("size()", equalTo(4));
        given().get("/api/stories?outlet=" + tag + "&language=de").then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void sortedByTitleAndByDateAdded() {
        String tag = "Sorting " + System.nanoTime();
        List<Long> ids = new ArrayList<>();
        for (String t : new String[]{"b", "C", "a"}) {
            long id = given().contentType(ContentType.JSON).body(Map.of("title", tag + " " + t)).post("/api/stories")
                    .then().statusCode(201).extract().jsonPath().getLong("id");
            given().contentType(ContentType.JSON).body(Map.of("outlet", tag, "language", "en", "text", "Text.")).post("/api/stories/" + id + "/versions")
                    .then().statusCode(201);
            ids.add(id);
        }
        given().get("/api/stories?sort=title&outlet=" + tag).then().body("title", equalTo(List.of(tag + " a", tag + " b", tag + " C")));
        given().get("/api/stories?sort=date&outlet=" + tag).then().body("id", equalTo(List.of(ids.get(2).intValue(), ids.get(1).intValue(), ids.get(0).intValue())));
        // title pages of one story each meet every title once
        Set<String> titles = new HashSet<>();
        String url = "/api/stories?sort=title&limit=1&outlet=" + tag.replace(" ", "%20");
        while (url != null) {
            Response r = given().urlEncodingEnabled(false).get(url.replaceFirst("^https?://[^/]+", "")).then().statusCode(200).extract().response();
            titles.addAll(r.jsonPath().getList("title"));
            url = next(r);
        }
        assertEquals(Set.of(tag + " a", tag + " b", tag + " C"), titles);
    }

    @Test
    void badParametersAre400WithAMessage() {
        given().get("/api/stories?limit=0").then().statusCode(400).body("error", equalTo("Invalid limit"));
        given().get("/api/stories?limit=501").then().statusCode(400).body("error", equalTo("Invalid limit"));
        given().get("/api/stories?limit=ten").then().statusCode(400).body("error", equalTo("Invalid limit"));
        given().get("/api/stories?sort=popularity").then().statusCode(400).body("error", equalTo("Invalid sort"));
        given().get("/api/stories?cursor=not-a-cursor").then().statusCode(400).body("error", equalTo("Invalid cursor"));
        given().get("/api/stories?cursor=%%%").then().statusCode(400);
        given().get("/api/stories?language=" + "<script>").then().statusCode(400).body("error", equalTo("Invalid language"));
        // a cursor of a title-sorted list does not continue a list by last change
        String titleCursor = new StoryList.Cursor(StoryList.Sort.TITLE, "a", 1).encode();
        given().get("/api/stories?cursor=" + titleCursor).then().statusCode(400).body("error", equalTo("Invalid cursor"));
        given().get("/api/stories?limit=500").then().statusCode(200);
    }

    @Test
    void homePagePagesFiltersAndShowsLanguagesAndLastChange() {
        PageSession session = new PageSession();
        Document home = session.get("/?sort=title&limit=500&outlet=Nournews");
        Element row = home.select("table[aria-label=Stories] tr").stream().filter(tr -> tr.text().contains(Seed.TITLE)).findFirst().orElseThrow();
        assertEquals("en ar fa", String.join(" ", row.select("span.lang").eachText()));
        assertNotNull(row.selectFirst("time[datetime]"));
        Element form = home.selectFirst("form[aria-label=Filter stories]");
        assertEquals("Nournews", form.selectFirst("#filter-outlet").val());
        assertNotNull(form.selectFirst("#filter-sort option[value=title][selected]"));

        Document paged = session.get("/?limit=1");
        assertEquals(1, paged.select("table[aria-label=Stories] tbody tr").size());
        Element next = paged.selectFirst("nav.pager a[rel=next]");
        assertNotNull(next);
        Document second = session.get(next.attr("href"));
        assertNotNull(second.selectFirst("nav.pager a[rel=first]"));
        assertTrue(!second.select("table[aria-label=Stories] a").first().attr("href")
                .equals(paged.select("table[aria-label=Stories] a").first().attr("href")), "the second page shows another story");

        Response bad = given().get("/?limit=9999");
        assertEquals(400, bad.statusCode());
        Document badPage = org.jsoup.Jsoup.parse(bad.asString());
        assertTrue(badPage.getElementById("form-error").text().contains("Invalid limit"));
        assertNotNull(badPage.selectFirst("table[aria-label=Stories]"), "the list is still shown");

        Document none = session.get("/?outlet=no-such-outlet-anywhere");
        assertNull(none.selectFirst("table[aria-label=Stories]"));
        assertTrue(none.selectFirst("p.empty").text().contains("No story matches"));
    }
}
