package dev.parallax.intake;

import dev.parallax.support.FixtureSite;
import dev.parallax.support.Stories;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Versions read from a web address, against fixture pages on a local server: add (and preview), re-read,
 * snapshots, the watch (two instances at once), edits in progress left alone, failures, bad input.
 */
@QuarkusTest
@TestSecurity(user = "editor", roles = {"editor", "translator", "viewer"})
class IntakeApiTest {

    static final String CHANGED_FROM = "منذ سنوات";
    static final String CHANGED_TO = "منذ 11 عاماً";

    FixtureSite site;
    @Inject
    WatchJob watchJob;
    @Inject
    PageFetcher fetcher;

    @BeforeEach
    void startSite() throws IOException {
        site = new FixtureSite();
        site.html("/ar/?p=1587731", FixtureSite.resource("sana-ar.html"));
        fetcher.forgetRobots();
    }

    @AfterEach
    void stopSite() {
        site.close();
    }

    long story() {
        return Stories.createStory("From the web " + System.nanoTime()).getLong("id");
    }

    int versions(long story) {
        return given().get("/api/stories/" + story).then().statusCode(200).extract().jsonPath().getList("versions").size();
    }

    JsonPath add(long story, Map<String, ?> body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/stories/" + story + "/versions/from-url")
                .then().statusCode(201).extract().jsonPath();
    }

    @Test
    void previewStoresNothingAndAddStoresTheArticleWithItsMetadata() {
        long story = story();
        String url = site.url("/ar/?p=1587731");
        given().contentType(ContentType.JSON).body(Map.of("url", url)).post("/api/stories/" + story + "/versions/from-url?preview=true")
                .then().statusCode(200).body("preview", equalTo(true)).body("language", equalTo("ar")).body("direction", equalTo("rtl"))
                .body("outlet", equalTo("سانا")).body("publishedAt", equalTo("2022-05-08"))
                .body("paragraphs", hasSize(12)).body("paragraphs[0].text", equalTo("طهران-سانا"));
        assertEquals(0, versions(story), "a preview stores nothing");

        JsonPath v = add(story, Map.of("url", url, "outlet", "SANA", "watch", true));
        assertEquals("SANA", v.getString("outlet"));
        assertEquals("ar", v.getString("language"));
        assertEquals(url, v.getString("sourceUrl"), "the canonical address is on another host: the fetched one is kept");
        assertEquals("2022-05-08", v.getString("publishedAt"));
        assertEquals("الرئيس الأسد يزور طهران ويلتقي القائد خامنئي والرئيس رئيسي", v.getString("title"));
        assertEquals(12, v.getList("paragraphs").size());
        assertTrue(v.getBoolean("watch"));
        assertEquals(1, v.getInt("snapshot"));
        assertTrue(site.userAgents.stream().allMatch(ua -> ua.startsWith("ParallaxBot/")), site.userAgents.toString());
        assertTrue(site.requests.contains("/robots.txt"), "robots.txt is read first");
        given().get("/api/versions/" + v.getLong("id") + "/snapshots").then().statusCode(200)
                .body("", hasSize(1)).body("[0].number", equalTo(1)).body("[0].changed", equalTo(false));
    }

    @Test
    void refreshFindsTheOutletsChangeAndTheVersionFollowsWithFetchedRevisions() throws IOException {
        long story = story();
        long id = add(story, Map.of("url", site.url("/ar/?p=1587731"))).getLong("id");

        refresh(id).then().log().ifValidationFails().statusCode(200).body("changed", equalTo(false)).body("snapshot", equalTo(1));
        assertEquals(1, site.notModified.get(), "the re-read is conditional: the site answered 304");

        site.html("/ar/?p=1587731", FixtureSite.resource("sana-ar.html").replace(CHANGED_FROM, CHANGED_TO));
        refresh(id).then().statusCode(200).body("changed", equalTo(true)).body("snapshot", equalTo(2));

        JsonPath version = given().get("/api/versions/" + id).then().statusCode(200).extract().jsonPath();
        String changed = version.getList("paragraphs.text", String.class).stream().filter(t -> t.contains(CHANGED_TO)).findFirst().orElseThrow();
        int index = version.getList("paragraphs.text", String.class).indexOf(changed);
        JsonPath revisions = given().get("/api/versions/" + id + "/paragraphs/" + index + "/revisions").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("create", "fetched"), revisions.getList("kind"));
        assertEquals("سانا", revisions.getString("[1].author"), "the outlet is the author of its change");

        JsonPath detail = given().get("/api/versions/" + id + "/snapshots/2").then().statusCode(200).extract().jsonPath();
        assertTrue(detail.getInt("flags") >= 1, "the new number is flagged");
        assertTrue(detail.getList("changes.flags.type").toString().contains("number"), detail.getList("changes.flags.type").toString());
        assertTrue(detail.getList("changes.ops.text").toString().contains("11"), "the word diff holds the inserted words");
        given().get("/api/versions/" + id + "/snapshots").then().body("", hasSize(2)).body("[1].changed", equalTo(true));
        given().get("/api/changes?since=2020-01-01").then().statusCode(200).body("version", org.hamcrest.Matchers.hasItem((int) id));
        given().get("/stories/" + story + "/changes.atom").then().statusCode(200).contentType(containsString("application/atom+xml"))
                .body(containsString("<entry>")).body(containsString("snapshot-2"));
        given().get("/changes.atom").then().statusCode(200).body(containsString("version-" + id + "-snapshot-2"));

        // the same text again (only white space differs): no new snapshot
        site.html("/ar/?p=1587731", FixtureSite.resource("sana-ar.html").replace(CHANGED_FROM, CHANGED_TO).replace("<p>", "<p>  \n"));
        refresh(id).then().statusCode(200).body("changed", equalTo(false)).body("snapshot", equalTo(2));
    }

    @Test
    void anEditInProgressIsNotOverwritten() throws IOException {
        long id = add(story(), Map.of("url", site.url("/ar/?p=1587731"))).getLong("id");
        given().contentType(ContentType.JSON).body(Map.of("text", "طهران - سانا", "baseRevision", 1))
                .put("/api/versions/" + id + "/paragraphs/0").then().statusCode(200);
        site.html("/ar/?p=1587731", FixtureSite.resource("sana-ar.html").replace(CHANGED_FROM, CHANGED_TO));
        refresh(id).then().statusCode(200).body("changed", equalTo(true));
        JsonPath version = given().get("/api/versions/" + id).then().extract().jsonPath();
        assertEquals("طهران - سانا", version.getString("paragraphs[0].text"), "the editor's text stays");
        assertFalse(version.getList("paragraphs.text").toString().contains(CHANGED_TO), "the version was not touched");
        given().get("/api/versions/" + id + "/snapshots").then().body("[1].applied", equalTo(false));
    }

    @Test
    void theWatchRunsOnceWhenTwoInstancesRunItAndAFailureKeepsTheLastGoodSnapshot() throws Exception {
        long id = add(story(), Map.of("url", site.url("/ar/?p=1587731"), "watch", true)).getLong("id");
        site.html("/ar/?p=1587731", FixtureSite.resource("sana-ar.html").replace(CHANGED_FROM, CHANGED_TO));
        makeDue(id);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> runs = pool.invokeAll(List.<Callable<Integer>>of(watchJob::runDue, watchJob::runDue));
            int checked = 0;
            for (Future<Integer> run : runs) {
                checked += run.get();
            }
            assertTrue(checked >= 1, "the due watch was checked");
        } finally {
            pool.shutdown();
        }
        given().get("/api/versions/" + id + "/snapshots").then().body("", hasSize(2));
        assertEquals(2, site.requests.stream().filter(r -> r.startsWith("/ar/")).count(), "one fetch to add, one by the watch: " + site.requests);

        site.page("/ar/?p=1587731", new FixtureSite.Page(500, "text/html", "<h1>Down</h1>".getBytes(StandardCharsets.UTF_8), Map.of(), 0));
        makeDue(id);
        watchJob.runDue();
        given().get("/api/versions/" + id + "/watch").then().statusCode(200).body("watched", equalTo(true))
                .body("lastError", containsString("500")).body("snapshots", equalTo(2));
        assertTrue(given().get("/api/versions/" + id).then().extract().jsonPath().getList("paragraphs.text").toString().contains(CHANGED_TO));

        given().contentType(ContentType.JSON).body(Map.of("watch", false)).patch("/api/versions/" + id).then().statusCode(200);
        given().get("/api/versions/" + id + "/watch").then().body("watched", equalTo(false));
        given().contentType(ContentType.JSON).body(Map.of("watch", "yes")).patch("/api/versions/" + id).then().statusCode(400)
                .body("error", equalTo("Invalid watch"));
    }

    /** An API client's refresh: a JSON post (a form post would need a page's CSRF token). */
    static io.restassured.response.Response refresh(long id) {
        return given().contentType(ContentType.JSON).body("{}").post("/api/versions/" + id + "/refresh");
    }

    static void makeDue(long id) {
        QuarkusTransaction.requiringNew().run(() -> VersionWatch.update("nextCheckAt = ?1 where versionId = ?2",
                OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1), id));
    }

    @Test
    void badAddressesAndBadPagesAreClearErrorsAndStoreNothing() throws IOException {
        long story = story();
        site.page("/feed.json", new FixtureSite.Page(200, "application/json", "{\"a\":1}".getBytes(StandardCharsets.UTF_8), Map.of(), 0));
        site.html("/menu", "<html><body><nav><a href='/'>Home</a> <a href='/a'>About</a></nav></body></html>");
        site.page("/huge", new FixtureSite.Page(200, "text/html", ("<html><body><p>" + "كلمة ".repeat(250_000) + "</p></body></html>")
                .getBytes(StandardCharsets.UTF_8), Map.of(), 0));
        site.page("/slow", new FixtureSite.Page(200, "text/html", FixtureSite.resource("sana-ar.html").getBytes(StandardCharsets.UTF_8), Map.of(), 3000));
        site.redirect("/to-file", "file:///etc/passwd");
        site.page("/robots.txt", new FixtureSite.Page(200, "text/plain", "User-agent: *\nDisallow: /private/\n".getBytes(StandardCharsets.UTF_8),
                Map.of(), 0));
        site.html("/private/article", FixtureSite.resource("sana-ar.html"));
        fetcher.forgetRobots();

        expect(story, "ftp://example.org/a", 400, "Invalid URL");
        expect(story, "not a url", 400, "Invalid URL");
        expect(story, "", 400, "Missing URL");
        expect(story, site.url("/missing"), 502, "Page not found");
        expect(story, site.url("/feed.json"), 422, "Not a web page");
        expect(story, site.url("/menu"), 422, "No article");
        expect(story, site.url("/huge"), 422, "Page too large");
        expect(story, site.url("/slow"), 502, "Timed out");
        expect(story, site.url("/to-file"), 400, "Invalid URL");
        expect(story, site.url("/private/article"), 422, "Refused by robots.txt");
        expect(story, "http://127.0.0.1:1/", 502, "Unreachable");
        assertEquals(0, versions(story), "nothing stored");
        given().contentType(ContentType.JSON).body(Map.of("url", site.url("/ar/?p=1587731"))).post("/api/stories/999999/versions/from-url")
                .then().statusCode(404);
    }

    static void expect(long story, String url, int status, String error) {
        given().contentType(ContentType.JSON).body(Map.of("url", url)).post("/api/stories/" + story + "/versions/from-url")
                .then().statusCode(status).body("error", equalTo(error)).body("detail", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    @TestSecurity(user = "viewer", roles = {"viewer"})
    void aViewerMayNotAddOrRefresh() {
        given().contentType(ContentType.JSON).body(Map.of("url", site.url("/ar/?p=1587731"))).post("/api/stories/1/versions/from-url")
                .then().statusCode(403);
        refresh(1).then().statusCode(403);
        assertTrue(site.requests.isEmpty(), "nothing fetched for a refused request");
    }
}
