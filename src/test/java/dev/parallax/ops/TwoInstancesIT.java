package dev.parallax.ops;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two instances of the packaged application behind one (imagined) load balancer, on one PostgreSQL database
 * that is empty when both start at the same moment: migrations, the first admin and the seed import happen
 * once; a sign-in on one is valid on the other (shared {@code PARALLAX_SESSION_KEY}); an edit made on one is
 * what the other serves next, in its version, alignment (API and aligned page, both cached) and differences; a job
 * started on one is followed to its end on the other. Runs with {@code -Ppostgresql}
 * (an H2 file belongs to one process).
 */
class TwoInstancesIT {

    private static final String SESSION_KEY = "two-instances-it-shared-session-key-0123456789";

    @TempDir
    Path work;

    @Test
    void twoInstancesStartTogetherOnAnEmptyDatabaseAndShareEverything() throws Exception {
        Assumptions.assumeTrue(AppDatabase.postgres(), "several instances need PostgreSQL: ./mvnw verify -Ppostgresql");
        try (AppDatabase db = AppDatabase.create(work)) {
            Map<String, String> settings = new HashMap<>(db.settings);
            settings.put("PARALLAX_SESSION_KEY", SESSION_KEY);
            settings.put("PARALLAX_TRANSLATIONS_DIR", Path.of("translations").toAbsolutePath().toString());
            try (AppProcess a = AppProcess.start(settings, work.resolve("a.log"));
                 AppProcess b = AppProcess.start(settings, work.resolve("b.log"))) {
                a.awaitReady();
                b.awaitReady();

                // once: one seed story, one admin, each created by exactly one of the two
                for (AppProcess app : new AppProcess[]{a, b}) {
                    JsonNode stories = app.get("/api/stories");
                    assertEquals(1, stories.size(), stories.toString());
                    assertEquals("assad-tehran-visit", stories.get(0).get("slug").asText());
                    assertEquals(5, stories.get(0).get("versions").asInt());
                }
                String logs = a.logText() + b.logText();
                assertEquals(1, count(logs, "Imported story 'Syria's Assad"), "the seed story is imported by one instance");
                assertEquals(1, count(logs, "Created the user 'admin'"), "the first admin is created by one instance");
                assertFalse(logs.contains(" ERROR "), "no instance logs an error:\n" + a.tail() + "\n" + b.tail());
                JsonNode users = AppProcess.JSON.readTree(a.send(HttpRequest.newBuilder(a.uri("/api/users")).GET(), "admin").body());
                assertEquals(1, users.size(), users.toString());

                // sign in on A, use the session on B
                String form = "j_username=admin&j_password=" + URLEncoder.encode(AppProcess.ADMIN_PASSWORD, StandardCharsets.UTF_8);
                HttpResponse<String> login = a.send(HttpRequest.newBuilder(a.uri("/j_security_check"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)), null);
                // the sign-in cookie and the server-side session's cookie (issue 19) travel together
                List<String> cookies = login.headers().allValues("Set-Cookie").stream()
                        .filter(c -> c.startsWith("quarkus-credential=") || c.startsWith("parallax-session="))
                        .map(c -> c.substring(0, c.indexOf(';'))).toList();
                assertEquals(2, cookies.size(), "sign-in and session cookies from A: " + login.headers());
                String cookie = String.join("; ", cookies);
                HttpResponse<String> adminOnB = b.send(HttpRequest.newBuilder(b.uri("/admin")).header("Cookie", cookie).GET(), null);
                assertEquals(200, adminOnB.statusCode(), "A's sign-in is valid on B");
                HttpResponse<String> anonymousOnB = b.send(HttpRequest.newBuilder(b.uri("/admin")).GET(), null);
                assertTrue(anonymousOnB.statusCode() == 302 || anonymousOnB.statusCode() == 303, "B asks the anonymous to sign in");

                // B caches the alignment and differences, then A edits the SANA paragraph everyone aligns to
                long story = a.get("/api/stories").get(0).get("id").asLong();
                JsonNode versions = b.get("/api/stories/" + story).get("versions");
                long base = versions.get(0).get("id").asLong();
                long sana = versions.get(1).get("id").asLong();
                String pair = "?versions=" + base + "," + sana;
                b.get("/api/stories/" + story + "/alignment" + pair);
                b.get("/api/stories/" + story + "/differences" + pair);
                String alignedPage = "/stories/" + story + "/aligned" + pair;
                assertEquals(200, b.send(java.net.http.HttpRequest.newBuilder(b.uri(alignedPage)).GET(), null).statusCode());
                JsonNode paragraph = b.get("/api/versions/" + sana).get("paragraphs").get(0);
                String edited = paragraph.get("text").asText().replace("Tehran", "Tehran on Sunday, 8 May 2022");
                assertTrue(!edited.equals(paragraph.get("text").asText()), "the seed's first SANA paragraph names Tehran");
                HttpResponse<String> save = a.write("PUT", "/api/versions/" + sana + "/paragraphs/0",
                        AppProcess.map("text", edited, "status", "reviewed", "baseRevision", 1));
                assertEquals(200, save.statusCode(), save.body());

                assertEquals(edited, b.get("/api/versions/" + sana).get("paragraphs").get(0).get("text").asText());
                JsonNode differences = b.get("/api/stories/" + story + "/differences" + pair);
                assertTrue(differences.toString().contains("on Sunday, 8 May 2022"), "B's differences show A's edit");
                // B keeps its aligned views under the story's change count, which A's edit moved (ADR 17)
                assertTrue(b.get("/api/stories/" + story + "/alignment" + pair).toString().contains("on Sunday, 8 May 2022"),
                        "B's alignment (with sentences) shows A's edit");
                assertTrue(b.send(java.net.http.HttpRequest.newBuilder(b.uri(alignedPage + "&view=plain")).GET(), null).body()
                        .contains("on Sunday, 8 May 2022"), "B's aligned page shows A's edit");
                HttpResponse<String> stale = b.write("PUT", "/api/versions/" + sana + "/paragraphs/0",
                        AppProcess.map("text", "a stale save", "status", "draft", "baseRevision", 1));
                assertEquals(409, stale.statusCode(), "B knows the paragraph moved on: " + stale.body());

                // long work started on A is followed on B, to its end and its result (ADR 26: the job's row is shared)
                HttpResponse<String> realign = a.write("POST", "/api/stories/" + story + "/alignment/jobs",
                        AppProcess.map("versions", base + "," + sana));
                assertEquals(202, realign.statusCode(), realign.body());
                String jobPath = java.net.URI.create(realign.headers().firstValue("Location").orElseThrow()).getPath();
                JsonNode job = null;
                for (long until = System.nanoTime() + 60_000_000_000L; System.nanoTime() < until; Thread.sleep(100)) {
                    HttpResponse<String> onB = b.send(HttpRequest.newBuilder(b.uri(jobPath)).GET(), "admin");
                    assertEquals(200, onB.statusCode(), "B shows A's job: " + onB.body());
                    job = AppProcess.JSON.readTree(onB.body());
                    if (!"running".equals(job.get("state").asText())) {
                        break;
                    }
                }
                assertEquals("done", job.get("state").asText(), job.toString());
                assertEquals("/stories/" + story + "/aligned?versions=" + base + "," + sana, job.get("resultUrl").asText());
            }
        }
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}
