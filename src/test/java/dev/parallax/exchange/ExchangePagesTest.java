package dev.parallax.exchange;

import dev.parallax.support.PageSession;
import dev.parallax.support.Seed;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The export form of the aligned page and the import form of the home page, through their real forms. */
@QuarkusTest
@TestSecurity(user = "editor", roles = {"editor", "translator", "viewer"})
class ExchangePagesTest {

    @Test
    void alignedPageOffersAnExportOfTheVersionsShown() {
        String versions = Seed.versionId("sana.en") + "," + Seed.versionId("sana.ar");
        Document page = new PageSession().get("/stories/" + Seed.storyId() + "/aligned?versions=" + versions);
        Element form = page.selectFirst("form[aria-label=Export]");
        assertEquals("/api/stories/" + Seed.storyId() + "/export", form.attr("action"));
        assertEquals("get", form.attr("method"));
        assertEquals(versions, form.selectFirst("input[name=versions]").val());
        assertEquals(6, form.select("select[name=format] option").size());
        assertEquals(String.valueOf(Seed.versionId("sana.ar")), form.selectFirst("select[name=target] option").val());
    }

    @Test
    void csvImportedFromTheHomePageOpensItsAlignedView() {
        PageSession session = new PageSession();
        Element form = session.get("/").selectFirst("form[aria-label='Import aligned text']");
        byte[] csv = "Reuters (en),Al Jazeera (ar)\r\nAssad visited Tehran.,زار الأسد طهران.\r\nHe met Khamenei.,والتقى خامنئي.\r\n"
                .getBytes(StandardCharsets.UTF_8);
        Response r = session.submitMultipart(form, Map.of("title", "Visit from CSV"), "file", "visit.csv", csv, "text/csv");
        assertEquals(303, r.statusCode(), r.asString());
        assertTrue(r.header("Location").matches(".*/stories/\\d+/aligned"), r.header("Location"));
        Document aligned = session.follow(r);
        assertEquals(2, aligned.select("tbody tr.confirmed").size());
        given().delete("/api/stories/" + r.header("Location").replaceFirst(".*/stories/(\\d+)/aligned", "$1")).then().statusCode(204);

        Response ragged = session.submitMultipart(form, Map.of(), "file", "ragged.csv",
                "Reuters (en),Al Jazeera (ar)\r\nonly one\r\n".getBytes(StandardCharsets.UTF_8), "text/csv");
        assertEquals(400, ragged.statusCode());
        assertTrue(ragged.asString().contains("line 2: 1 field where the header has 2"), ragged.asString());
    }

    @Test
    void aLargeFileFromTheHomePageIsImportedInTheBackgroundWithAProgressBar() throws Exception {
        PageSession session = new PageSession();
        Element form = session.get("/").selectFirst("form[aria-label='Import aligned text']");
        StringBuilder csv = new StringBuilder("Reuters (en),Al Jazeera (ar)\r\n");
        for (int row = 0; row < 60; row++) {
            csv.append('"').append(("Row " + row + ": Assad visited Tehran and met Khamenei. ").repeat(100)).append("\",\"")
                    .append(("الصف " + row + ": زار الأسد طهران والتقى خامنئي. ").repeat(100)).append("\"\r\n");
        }
        byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);
        assertTrue(file.length >= 512 * 1024, "large: " + file.length);
        Response r = session.submitMultipart(form, Map.of("title", "Large CSV " + System.nanoTime()), "file", "large.csv", file, "text/csv");
        assertEquals(303, r.statusCode(), r.asString());
        assertTrue(r.header("Location").matches(".*/jobs/[0-9a-f-]{36}"), r.header("Location"));
        Document page = session.follow(r);
        assertTrue(page.selectFirst("progress, [role=progressbar]") != null, page.html());
        String api = "/api" + r.header("Location").replaceFirst("^https?://[^/]+", "");
        io.restassured.path.json.JsonPath job = null;
        for (long until = System.nanoTime() + 120_000_000_000L; System.nanoTime() < until; Thread.sleep(100)) {
            job = given().get(api).then().statusCode(200).extract().jsonPath();
            if (!"running".equals(job.getString("state"))) {
                break;
            }
        }
        assertEquals("done", job.getString("state"), job.prettify());
        assertEquals(2 + 60 + 1, job.getInt("total"), "two versions, sixty rows, the alignment check");
        assertTrue(job.getString("resultUrl").matches("/stories/\\d+/aligned"), job.getString("resultUrl"));
        String story = job.getString("resultUrl").replaceFirst("/stories/(\\d+)/aligned", "$1");
        given().get("/api/stories/" + story).then().statusCode(200).body("versions.size()", org.hamcrest.Matchers.equalTo(2));
        // the file's sixty rows are the story's alignment (the aligned page itself is checked by the small import above)
        assertEquals(60, given().get("/api/stories/" + story + "/alignment?sentences=false").jsonPath().getList("rows").size());
        given().delete("/api/stories/" + story).then().statusCode(204);
    }
}
