package dev.parallax.common;

import dev.parallax.support.Stories;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Jobs live in the table {@code job} (ADR 26): a running job's progress and its result are what the row says, so any
 * instance shows them; a job whose instance stopped shows as failed; rows go an hour after the job ended.
 */
@QuarkusTest
class JobsTableTest {

    @Inject
    Jobs jobs;
    @Inject
    AgroalDataSource dataSource;
    @Inject
    dev.parallax.user.UserService users;

    @org.junit.jupiter.api.BeforeEach
    void otherUser() {
        if (dev.parallax.user.User.findByUsername("jobs-other").isEmpty()) {
            users.create("jobs-other", "jobs other password", "editor");
        }
    }

    /** A result as a job may end with: written to the row as JSON, read back as itself. */
    public record Tally(int count, List<String> words) {
    }

    static RequestSpecification admin() {
        return given().auth().preemptive().basic("admin", Stories.ADMIN_PASSWORD);
    }

    /** The admin signed in through the form, as the pages need. */
    static RequestSpecification page() {
        dev.parallax.support.PageSession session = new dev.parallax.support.PageSession();
        session.signIn("admin", Stories.ADMIN_PASSWORD);
        return given().cookies(session.cookies()).redirects().follow(false);
    }

    @Test
    void aRunningJobsProgressAndItsResultAreReadFromItsRow() throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        Jobs.Job started = jobs.start("test", "Counting the wires", "admin", 10, job -> {
            job.step("Counting:");
            job.done(3);
            go.await(30, TimeUnit.SECONDS);
            job.finish("Counted.", "/stories", new Tally(3, List.of("Tehran", "طهران")));
        });
        String id = started.id();
        // the progress reaches the row (written at most every 400 ms), and the API reads it from there
        long until = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (column(id, "done") != 3 && System.nanoTime() < until) {
            Thread.sleep(50);
        }
        assertEquals(3, column(id, "done"));
        assertEquals(10, column(id, "total"));
        JsonPath running = admin().get("/api/jobs/" + id).then().statusCode(200).extract().jsonPath();
        assertEquals("running", running.getString("state"));
        assertEquals(3, running.getInt("done"));
        assertEquals(7, running.getInt("remaining"));
        assertEquals("Counting:", running.getString("step"));
        page().get("/jobs/" + id + "/progress").then().statusCode(200).body(containsString("3 of 10 done, 7 to go"));

        go.countDown();
        JsonPath done = JobsApiTest.follow("/api/jobs/" + id);
        assertEquals("done", done.getString("state"));
        assertEquals(10, done.getInt("done"));
        assertEquals(3, done.getInt("result.count"));
        assertEquals(List.of("Tehran", "طهران"), done.getList("result.words"));
        assertEquals("/stories", done.getString("resultUrl"));
        // read back from the row alone (as another instance would), the result is the value the work ended with
        Jobs.Job read = jobs.get(id, "admin");
        assertEquals(new Tally(3, List.of("Tehran", "طهران")), read.result(Tally.class));
        assertNull(read.result(String.class), "a result of another type is not read as one");
        assertTrue(!read.download());
        page().get("/jobs").then().statusCode(200).body(containsString("Counting the wires"));
    }

    @Test
    void aJobOfAnotherInstanceIsShownFromItsRowAndFailedOnceItsInstanceStopped() throws Exception {
        String id = UUID.randomUUID().toString();
        Instant now = Instant.now();
        insert(id, "admin", "running", 4, 8, now.minusSeconds(20), null, now);
        JsonPath running = admin().get("/api/jobs/" + id).then().statusCode(200).extract().jsonPath();
        assertEquals("running", running.getString("state"));
        assertEquals(4, running.getInt("remaining"));
        page().get("/jobs/" + id).then().statusCode(200).body(containsString("4 of 8 done, 4 to go"));
        given().auth().preemptive().basic("jobs-other", "jobs other password").get("/api/jobs/" + id).then().statusCode(404);

        // its instance stopped writing: over 30 s without a heartbeat, it is shown failed, saying why and what to do
        update("update job set heartbeat = ? where id = ?", at(now.minusSeconds(31)), id);
        JsonPath stale = admin().get("/api/jobs/" + id).then().statusCode(200).extract().jsonPath();
        assertEquals("failed", stale.getString("state"));
        assertEquals(Jobs.STOPPED, stale.getString("message"));
        assertTrue(stale.getString("message").startsWith("The server running this job stopped"), stale.getString("message"));
        page().get("/jobs/" + id + "/progress").then().statusCode(200)
                .body(containsString("Stopped: The server running this job stopped"))
                .body(org.hamcrest.Matchers.not(containsString("hx-get")));

        // an export another instance made: its file comes from the row
        String export = UUID.randomUUID().toString();
        insert(export, "admin", "done", 2, 2, now.minusSeconds(5), now, now);
        update("update job set file_name = ?, file_type = ?, file_bytes = ?, result_url = ? where id = ?",
                "wire.csv", "text/csv; charset=UTF-8", "SANA,IRNA\n".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "/jobs/" + export + "/file", export);
        assertEquals("SANA,IRNA\n", admin().get("/api/jobs/" + export + "/file").then().statusCode(200)
                .header("Content-Disposition", containsString("wire.csv")).extract().asString());
        assertNull(admin().get("/api/jobs/" + export).jsonPath().get("result"), "a file is not in the JSON");
        page().get("/jobs/" + export).then().statusCode(200).body(containsString(">Download</a>"));
        admin().get("/api/jobs/" + id + "/file").then().statusCode(404);
    }

    @Test
    void rowsGoAnHourAfterTheirJobEndedWithTheirFiles() throws Exception {
        Instant now = Instant.now();
        String old = UUID.randomUUID().toString();
        String lost = UUID.randomUUID().toString();
        String recent = UUID.randomUUID().toString();
        insert(old, "admin", "done", 1, 1, now.minus(Duration.ofHours(2)), now.minus(Duration.ofMinutes(61)), now.minus(Duration.ofMinutes(61)));
        update("update job set file_name = ?, file_bytes = ? where id = ?", "old.csv", new byte[1024], old);
        insert(lost, "admin", "running", 1, 5, now.minus(Duration.ofHours(2)), null, now.minus(Duration.ofMinutes(90)));
        insert(recent, "admin", "done", 1, 1, now.minusSeconds(30), now.minusSeconds(20), now.minusSeconds(20));

        jobs.prune();

        assertEquals(-1, column(old, "done"), "ended over an hour ago: gone, file and all");
        assertEquals(-1, column(lost, "done"), "its instance stopped over an hour ago: gone");
        assertEquals(1, column(recent, "done"), "ended a moment ago: kept");
        admin().get("/api/jobs/" + old).then().statusCode(404).body("detail", containsString("it is unknown, or it expired"));
        page().get("/jobs/" + old).then().statusCode(404);
    }

    private void insert(String id, String owner, String state, int done, int total, Instant started, Instant ended, Instant heartbeat)
            throws SQLException {
        update("insert into job (id, kind, title, owner, started, ended, state, done, total, step, heartbeat)"
                        + " values (?, 'export', ?, ?, ?, ?, ?, ?, ?, 'Writing rows:', ?)",
                id, "Export of “Syria's Assad in Tehran” as CSV", owner, at(started), ended == null ? null : at(ended), state, done,
                total, at(heartbeat));
    }

    private void update(String sql, Object... parameters) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                if (parameters[i] == null) {
                    q.setNull(i + 1, java.sql.Types.TIMESTAMP_WITH_TIMEZONE);
                } else {
                    q.setObject(i + 1, parameters[i]);
                }
            }
            q.executeUpdate();
        }
    }

    /** An integer column of the job's row, or -1 when there is no row. */
    private int column(String id, String column) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("select " + column + " from job where id = ?")) {
            q.setString(1, id);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? rs.getInt(1) : -1;
            }
        }
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
