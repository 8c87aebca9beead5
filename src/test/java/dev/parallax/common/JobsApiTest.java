package dev.parallax.common;

import dev.parallax.support.Stories;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Long work in the background through the API: a bulk import, a long story's export and a re-alignment answer
 * 202 with a job whose progress (done, total, remaining) only goes forward until it is done with its result.
 */
@QuarkusTest
class JobsApiTest {

    @Inject
    dev.parallax.user.UserService users;

    @BeforeEach
    void otherUser() {
        if (dev.parallax.user.User.findByUsername("jobs-other").isEmpty()) {
            users.create("jobs-other", "jobs other password", "editor");
        }
    }

    static RequestSpecification admin() {
        return given().auth().preemptive().basic("admin", Stories.ADMIN_PASSWORD);
    }

    /** Polls the job until it ends; returns its last state, checking progress never went back. */
    static JsonPath follow(String location) throws InterruptedException {
        List<Integer> done = new ArrayList<>();
        long until = System.nanoTime() + 120_000_000_000L;
        while (System.nanoTime() < until) {
            JsonPath job = admin().get(location).then().statusCode(200).extract().jsonPath();
            done.add(job.getInt("done"));
            assertEquals(job.getInt("total") - job.getInt("done"), job.getInt("remaining"));
            if (!"running".equals(job.getString("state"))) {
                for (int i = 1; i < done.size(); i++) {
                    assertTrue(done.get(i) >= done.get(i - 1), "never backwards: " + done);
                }
                return job;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the job did not end: " + done);
    }

    /** As LongStoryRowsTest's long story (an English wire and its rewrite), made as the admin. */
    static long[] longStory(int n) {
        StringBuilder a = new StringBuilder();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            String p = "In " + (1990 + i % 30) + " the delegation number " + i + " met officials in Tehran and said talks would continue.";
            a.append(p).append("\n\n");
            b.append(i % 7 == 0 ? p.replace(String.valueOf(1990 + i % 30), String.valueOf(1991 + i % 30)) : p).append("\n\n");
        }
        long id = Stories.createStoryAs("Long story " + System.nanoTime());
        long v1 = Stories.addVersionAs(id, java.util.Map.of("outlet", "Wire", "language", "en", "text", a.toString()));
        long v2 = Stories.addVersionAs(id, java.util.Map.of("outlet", "Rewrite", "language", "en", "text", b.toString()));
        return new long[]{id, v1, v2};
    }

    @Test
    void aBulkImportOfVersionsInTheBackground() throws Exception {
        String title = "Background wire " + System.nanoTime();
        long existing = Stories.createStoryAs("Background existing " + System.nanoTime());
        String body = "[{\"title\": \"" + title + "\", \"versions\": [{\"outlet\": \"SANA\", \"language\": \"ar\", \"text\": \"التقى الرئيس الأسد في طهران.\"}]},"
                + " {\"story\": " + existing + ", \"versions\": [{\"outlet\": \"Nournews\", \"language\": \"fa\", \"text\": \"دیدار در تهران.\"}]}]";
        Response started = admin().contentType("application/json").body(body).post("/api/stories/import-versions?background=true")
                .then().statusCode(202).extract().response();
        String location = started.header("Location");
        assertTrue(location.contains("/api/jobs/"), location);
        assertEquals(2, started.jsonPath().getInt("total"));
        JsonPath job = follow(location);
        assertEquals("done", job.getString("state"));
        assertEquals(2, job.getInt("done"));
        assertEquals(0, job.getInt("remaining"));
        assertEquals(2, job.getInt("result.imported"));
        assertEquals("2 stories imported, 0 failed.", job.getString("message"));
        assertTrue(given().get("/api/stories?limit=500").jsonPath().getList("title").contains(title));
        // a bad request is refused at once, before any job
        admin().contentType("application/json").body("[{\"title\": \"x\"}]").post("/api/stories/import-versions?background=true")
                .then().statusCode(400);
        // someone else's job is not theirs to see
        given().auth().preemptive().basic("jobs-other", "jobs other password").get(location).then().statusCode(404);
        // the bulk import page renders the report read back from the job's row
        String id = location.substring(location.lastIndexOf('/') + 1);
        JobsTableTest.page().get("/import?job=" + id).then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("Report: 2 stories imported, 0 failed"))
                .body(org.hamcrest.Matchers.containsString(title));
        // an unknown (or expired) job is a 404 that says why
        admin().get("/api/jobs/" + java.util.UUID.randomUUID()).then().statusCode(404).body("error", org.hamcrest.Matchers.equalTo("Job not found"))
                .body("detail", org.hamcrest.Matchers.containsString("it is unknown, or it expired"))
                .body("detail", org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("instance")));
        given().get(location).then().statusCode(401);
    }

    @Test
    void aLongStorysExportAndReAlignmentInTheBackground() throws Exception {
        long[] made = longStory(120);
        String versions = made[1] + "," + made[2];
        Response started = admin().contentType("application/json").body(Map.of("format", "csv", "versions", versions))
                .post("/api/stories/" + made[0] + "/export-jobs").then().statusCode(202).extract().response();
        JsonPath job = follow(started.header("Location"));
        assertEquals("done", job.getString("state"), job.prettify());
        assertEquals(120, job.getInt("total"), "one step per row written");
        String file = admin().get(job.getString("resultUrl")).then().statusCode(200)
                .header("Content-Disposition", org.hamcrest.Matchers.containsString(".csv")).extract().asString();
        String direct = given().get("/api/stories/" + made[0] + "/export?format=csv&versions=" + versions).asString();
        assertEquals(direct, file, "the same file as the direct export");

        admin().contentType("application/json").body(Map.of("format", "nope", "versions", versions))
                .post("/api/stories/" + made[0] + "/export-jobs").then().statusCode(400).body("error", org.hamcrest.Matchers.notNullValue());
        admin().contentType("application/json").body(Map.of("format", "csv")).post("/api/stories/999999999/export-jobs").then().statusCode(404);

        JsonPath realign = follow(admin().contentType("application/json").body(Map.of("versions", versions))
                .post("/api/stories/" + made[0] + "/alignment/jobs").then().statusCode(202).extract().header("Location"));
        assertEquals("done", realign.getString("state"));
        assertEquals(2, realign.getInt("done"));
        assertEquals("/stories/" + made[0] + "/aligned?versions=" + versions, realign.getString("resultUrl"));
        assertTrue(realign.getString("message").startsWith("Aligned again: 120 rows"), realign.getString("message"));
        List<String> kinds = admin().get("/api/jobs").jsonPath().getList("kind");
        assertTrue(kinds.containsAll(List.of("export", "realign")), kinds.toString());
        assertNotNull(admin().get("/api/jobs").jsonPath().getString("[0].id"));
    }

    @Test
    void aLargeAlignedFileIsImportedInTheBackgroundWithItsProgressAndReport() throws Exception {
        long seed = dev.parallax.support.Seed.storyId();
        byte[] tmx = given().get("/api/stories/" + seed + "/export?format=tmx").then().statusCode(200).extract().asByteArray();
        int versions = given().get("/api/stories/" + seed).jsonPath().getList("versions").size();
        String title = "Background TMX " + System.nanoTime();
        Response started = admin().contentType("application/x-tmx+xml").body(tmx)
                .post("/api/stories/import?filename=seed.tmx&background=true&title=" + title).then().statusCode(202).extract().response();
        String location = started.header("Location");
        assertTrue(location.contains("/api/jobs/"), location);
        assertEquals("import-file", started.jsonPath().getString("kind"));
        JsonPath job = follow(location);
        assertEquals("done", job.getString("state"), job.prettify());
        int rows = job.getInt("total") - versions - 1;
        assertTrue(rows > 10, "one step per version, per row and for the alignment check: " + job.prettify());
        assertEquals(job.getInt("total"), job.getInt("done"));
        assertEquals(1, job.getInt("result.imported"));
        assertEquals(0, job.getInt("result.failed"));
        assertEquals("imported", job.getString("result.stories[0].status"));
        assertEquals(versions, job.getInt("result.stories[0].versions"));
        long id = job.getLong("result.stories[0].id");
        assertEquals("/api/stories/" + id, job.getString("resultUrl"));
        given().get(job.getString("resultUrl")).then().statusCode(200).body("title", org.hamcrest.Matchers.equalTo(title))
                .body("versions.size()", org.hamcrest.Matchers.equalTo(versions));
        // the file's rows are the story's alignment, as with a direct import
        assertEquals(rows, given().get("/api/stories/" + id + "/alignment?sentences=false").jsonPath().getList("rows").size());
    }

    @Test
    void aBadFileFailsItsJobWithTheReasonAndStoresNothing() throws Exception {
        long seed = dev.parallax.support.Seed.storyId();
        byte[] tmx = given().get("/api/stories/" + seed + "/export?format=tmx").then().statusCode(200).extract().asByteArray();
        String cutTitle = "Cut TMX " + System.nanoTime();
        JsonPath cut = follow(admin().contentType("application/x-tmx+xml").body(java.util.Arrays.copyOf(tmx, tmx.length / 2))
                .post("/api/stories/import?filename=cut.tmx&background=true&title=" + cutTitle).then().statusCode(202).extract().header("Location"));
        assertEquals("failed", cut.getString("state"));
        assertTrue(cut.getString("message").startsWith("Malformed XML: "), cut.getString("message"));
        assertEquals(0, storiesTitled(cutTitle));

        // refused only after its first version was stored (the second is over parallax.max-text-size): rolled back whole
        String tooLong = "Paragraph of the Arabic column that goes on and on. ".repeat(42_000);
        String csv = "SANA (en),SANA (ar)\n\"Al-Assad met Khamenei in Tehran.\",\"" + tooLong + "\"\n";
        String halfTitle = "Half CSV " + System.nanoTime();
        JsonPath half = follow(admin().contentType("text/csv; charset=UTF-8").body(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/api/stories/import?filename=half.csv&background=true&title=" + halfTitle).then().statusCode(202).extract().header("Location"));
        assertEquals("failed", half.getString("state"));
        assertTrue(half.getString("message").startsWith("Too large: Version 'SANA' (ar)"), half.getString("message"));
        assertEquals(0, storiesTitled(halfTitle), "nothing half-saved");

        // an empty body or a viewer is refused at once, before any job
        admin().contentType("text/csv").body(new byte[0]).post("/api/stories/import?filename=empty.csv&background=true").then().statusCode(400);
        given().contentType("text/csv").body(csv).post("/api/stories/import?filename=x.csv&background=true").then().statusCode(401);
    }

    private static long storiesTitled(String title) {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> dev.parallax.story.Story.count("title", title));
    }
}
