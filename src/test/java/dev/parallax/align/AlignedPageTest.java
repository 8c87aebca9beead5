package dev.parallax.align;

import dev.parallax.support.PageSession;
import dev.parallax.support.Seed;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The aligned page of the seed story, read with jsoup and corrected through its forms. */
@QuarkusTest
@TestSecurity(user = "editor", roles = {"editor", "translator", "viewer"})
class AlignedPageTest {

    final PageSession session = new PageSession();

    @AfterEach
    void undoCorrections() {
        long story = Seed.storyId();
        dev.parallax.support.AlignmentCorrections.clear(story);
    }

    @Test
    void seedStoryStandsSideBySide() {
        Document page = session.get("/stories/" + Seed.storyId() + "/aligned");
        Element table = page.selectFirst("table[aria-label=Aligned versions]");
        assertNotNull(table);
        List<String> heads = table.select("thead th.version-head").eachText();
        assertEquals(5, heads.size());
        assertTrue(heads.get(0).startsWith("The Syrian Observer en (base)"), heads.get(0));
        Elements rows = table.select("tbody tr[id^=row-]");
        assertEquals(20, rows.size());
        // row 10: report ¶10, SANA ¶2, no Nournews, Arabic ¶2, no Persian
        Elements cells = rows.get(9).select("> td");
        assertTrue(cells.get(0).text().contains("Talks during the meetings dealt with the historical relations"));
        assertTrue(cells.get(1).text().contains("Talks during the meetings"));
        assertTrue(cells.get(2).hasClass("omitted"));
        assertEquals("No paragraph from Nournews", cells.get(2).attr("aria-label"));
        assertEquals("ar", cells.get(3).attr("lang"));
        assertEquals("rtl", cells.get(3).attr("dir"));
        assertEquals("rtl", cells.get(3).selectFirst("p").attr("dir"));
        assertTrue(cells.get(4).hasClass("omitted"));
        assertTrue(rows.get(9).selectFirst(".score .badge").text().endsWith("%"));
    }

    @Test
    void versionPickerChoosesVersionsAndBase() {
        long ar = Seed.versionId("sana.ar");
        long en = Seed.versionId("sana.en");
        Document page = session.get("/stories/" + Seed.storyId() + "/aligned?v=" + en + "&v=" + ar + "&base=" + ar);
        List<String> heads = page.select("thead th.version-head").eachText();
        assertEquals(2, heads.size());
        assertTrue(heads.get(0).contains("(base)") && heads.get(0).contains("ar"), heads.toString());
        assertEquals(11, page.select("tbody tr[id^=row-]").size());
    }

    @Test
    void sentencesOfARowOnDemand() {
        long en = Seed.versionId("sana.en");
        long ar = Seed.versionId("sana.ar");
        String fragment = given().get("/stories/" + Seed.storyId() + "/aligned/rows/3/sentences?versions=" + en + "," + ar)
                .then().statusCode(200).extract().asString();
        Document doc = Jsoup.parseBodyFragment("<table>" + fragment + "</table>");
        Element table = doc.selectFirst("table[aria-label=Sentences of row 4]");
        assertNotNull(table, fragment);
        assertTrue(table.text().contains("America today is weaker than ever"));
        assertEquals("rtl", table.selectFirst("td[lang=ar]").attr("dir"));
        // the same without JavaScript: the page renders that row's sentences inline
        Document page = session.get("/stories/" + Seed.storyId() + "/aligned?versions=" + en + "," + ar + "&sentences=3");
        assertNotNull(page.selectFirst("table[aria-label=Sentences of row 4]"));
    }

    @Test
    void confirmAndMergeThroughTheForms() {
        long report = Seed.versionId("syrian-observer.en");
        long sana = Seed.versionId("sana.en");
        Document page = session.get("/stories/" + Seed.storyId() + "/aligned?versions=" + report + "," + sana);
        Response confirmed = session.submit(page.selectFirst("form[aria-label=Confirm row 10]"), Map.of());
        page = session.follow(confirmed);
        Element row = page.getElementById("row-9");
        assertTrue(row.hasClass("confirmed"));
        assertNotNull(row.selectFirst(".badge.confirmed"));
        assertNotNull(row.selectFirst("form[aria-label=Release row 10]"));

        page = session.follow(session.submit(page.selectFirst("form[aria-label=Merge row 11 with the next]"), Map.of()));
        Elements cells = page.getElementById("row-10").select("> td");
        assertEquals(2, cells.get(0).select("p").size(), "report ¶11 and ¶12 now share a row");
    }

    @Test
    void aStaleFormShowsAnInlineMessage() {
        long report = Seed.versionId("syrian-observer.en");
        long sana = Seed.versionId("sana.en");
        Document page = session.get("/stories/" + Seed.storyId() + "/aligned?versions=" + report + "," + sana);
        Response refused = session.submit(page.selectFirst("form[aria-label=Confirm row 10]"), Map.of("cells", "[[1],[5]]"));
        assertEquals(409, refused.statusCode());
        assertTrue(Jsoup.parse(refused.asString()).getElementById("form-error").text().contains("Alignment changed"));
    }

    @Test
    void versionIdsThatAreNotNumbersAreRefusedWithA400ThatSaysSo() {
        long story = Seed.storyId();
        for (String query : List.of("v=abc", "base=x1", "versions=12,zz")) {
            Response typed = given().get("/stories/" + story + "/aligned?" + query);
            assertEquals(400, typed.statusCode(), query);
            assertTrue(Jsoup.parse(typed.asString()).text().contains("is not a version id"), query);
        }
        long report = Seed.versionId("syrian-observer.en");
        long sana = Seed.versionId("sana.en");
        Document page = session.get("/stories/" + story + "/aligned?versions=" + report + "," + sana);
        Element linkForm = page.selectFirst("select[name=picks]").closest("form");
        Response refused = session.submit(linkForm, Map.of("picks", "sana:3"));
        assertEquals(400, refused.statusCode());
        assertTrue(Jsoup.parse(refused.asString()).getElementById("form-error").text().contains("'sana:3' does not name a paragraph"));
    }
}
