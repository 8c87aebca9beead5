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
import static org.junit.jupiter.api.Assertions.assertFalse;
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
    void aCorrectionAnswersWithTheChangedRowsOnly() {
        long report = Seed.versionId("syrian-observer.en");
        long sana = Seed.versionId("sana.en");
        Document page = session.get("/stories/" + Seed.storyId() + "/aligned?versions=" + report + "," + sana);
        int rows = page.select("tbody tr[id^=row-]").size();
        String shown = "0-" + (rows - 1);
        // confirm: the same rows, one of them changed
        Document answer = Jsoup.parse(session.submitWithHtmx(page.selectFirst("form[aria-label=Confirm row 10]"),
                Map.of("shown", shown)).then().statusCode(200).extract().asString());
        Element changed = answer.getElementById("changed-rows");
        assertNotNull(changed, answer.html());
        assertEquals(List.of("row-9"), changed.select("> tr[id^=row-]").eachAttr("id"));
        assertEquals("false", changed.attr("data-tail"));
        assertTrue(changed.selectFirst("#row-9").hasClass("confirmed"));
        assertEquals("Row 10 confirmed.", answer.getElementById("change-message").text());
        assertNotNull(answer.selectFirst("section#differences nav.overview"));
        // merge: the rows after it are renumbered, so the answer replaces them all (one row fewer) up to the loaded end
        page = session.get("/stories/" + Seed.storyId() + "/aligned?versions=" + report + "," + sana);
        answer = Jsoup.parse(session.submitWithHtmx(page.selectFirst("form[aria-label=Merge row 11 with the next]"),
                Map.of("shown", shown)).then().statusCode(200).extract().asString());
        changed = answer.getElementById("changed-rows");
        assertEquals("true", changed.attr("data-tail"));
        assertEquals("10", changed.attr("data-from"));
        assertEquals("row-10", changed.selectFirst("> tr[id^=row-]").id());
        assertEquals(rows - 1 - 10, changed.select("> tr[id^=row-]").size());
        assertEquals(2, changed.getElementById("row-10").select("> td").get(0).select("p").size());
        // a stale form through the script: a short message, no page in the page
        Response refused = session.submitWithHtmx(page.selectFirst("form[aria-label=Confirm row 13]"),
                Map.of("shown", shown, "cells", "[[1],[5]]"));
        assertEquals(409, refused.statusCode());
        assertTrue(refused.asString().contains("Alignment changed") && !refused.asString().contains("<header"), refused.asString());
    }

    @Test
    void thePageExplainsItsScoresAndNamesParagraphsByTheirWords() {
        long report = Seed.versionId("syrian-observer.en");
        long ar = Seed.versionId("sana.ar");
        Document page = session.get("/stories/" + Seed.storyId() + "/aligned");
        Element legend = page.getElementById("legend");
        assertNotNull(legend.selectFirst(".badge.fixed"), "the legend shows the fixed badge");
        assertTrue(legend.text().contains("confidence: how sure the aligner is"), legend.text());
        assertTrue(legend.text().contains("similar wording: how much of a version's wording matches the base's"), legend.text());
        assertTrue(page.getElementById("row-3").selectFirst("td.score").text().matches("\\d+% confidence \\d+% similar wording"),
                page.getElementById("row-3").selectFirst("td.score").text());
        // unlink only where a paragraph shares its row: row 1 (the standfirst, report only) has none
        assertTrue(page.getElementById("row-0").select("form[action$=/unlink]").isEmpty());
        assertFalse(page.getElementById("row-9").select("form[action$=/unlink]").isEmpty());
        // filters: one with no rows is not a link; articles are right
        for (Element li : page.select("ul.flag-counts li:has(.flag-filter)")) {
            Element link = li.selectFirst("a.flag-filter");
            if (link != null) {
                assertTrue(Integer.parseInt(li.selectFirst(".count").text().replaceAll("\\D", "")) > 0, li.text());
            } else {
                assertTrue(li.text().startsWith("no rows with"), li.text());
            }
        }
        assertFalse(page.text().contains("a attribution"));
        assertTrue(page.text().contains("an attribution flag"), page.select("ul.flag-counts").text());
        // the link form names each paragraph by its first words, in its own direction
        Element arabic = page.getElementById("pick-" + ar);
        assertEquals("rtl", arabic.attr("dir"));
        assertTrue(arabic.select("option").get(1).text().startsWith("¶1 "), arabic.select("option").get(1).text());
        assertTrue(arabic.select("option").get(1).text().length() > 20);
        String first = page.getElementById("pick-" + report).select("option").get(1).text();
        assertTrue(first.startsWith("¶1 Khamenei said Syria gained the respect"), first);
        // the sentences' score is a whole percentage
        String fragment = given().get("/stories/" + Seed.storyId() + "/aligned/rows/9/sentences?versions=" + report + "," + ar)
                .then().statusCode(200).extract().asString();
        Document doc = Jsoup.parseBodyFragment("<table>" + fragment + "</table>");
        for (Element score : doc.select("table.sentences td.score")) {
            assertTrue(score.text().matches("\\d{1,3}% confidence"), score.text());
        }
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
