package dev.parallax.align;

import dev.parallax.support.Stories;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A long story's aligned page: the first screen at once, the rest in chunks that cover every row once. */
@QuarkusTest
@TestSecurity(user = "editor", roles = {"editor", "translator", "viewer"})
public class LongStoryRowsTest {

    static final int PARAGRAPHS = 260;
    static long story;
    static String versions;

    /** 260 paragraphs of an English wire and its rewrite: every seventh paragraph changes a year (a number flag). */
    public static long[] makeLongStory(int n) {
        StringBuilder a = new StringBuilder();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            String p = "In " + (1990 + i % 30) + " the delegation number " + i + " met officials in Tehran and said talks would continue.";
            a.append(p).append("\n\n");
            b.append(i % 7 == 0 ? p.replace(String.valueOf(1990 + i % 30), String.valueOf(1991 + i % 30)) : p).append("\n\n");
        }
        long id = Stories.createStory("Long story " + System.nanoTime()).getLong("id");
        long v1 = Stories.addVersion(id, Map.of("outlet", "Wire", "language", "en", "text", a.toString())).getLong("id");
        long v2 = Stories.addVersion(id, Map.of("outlet", "Rewrite", "language", "en", "text", b.toString())).getLong("id");
        return new long[]{id, v1, v2};
    }

    @BeforeEach
    void longStory() {
        if (story != 0) {
            return;
        }
        long[] made = makeLongStory(PARAGRAPHS);
        story = made[0];
        versions = made[1] + "," + made[2];
    }

    static Document get(String path) {
        return Jsoup.parse(given().get(path).then().statusCode(200).extract().asString(), "http://localhost" + path);
    }

    static List<Integer> rowNumbers(org.jsoup.select.Elements rows) {
        List<Integer> numbers = new ArrayList<>();
        rows.forEach(tr -> numbers.add(Integer.parseInt(tr.id().substring("row-".length()))));
        return numbers;
    }

    @Test
    void firstScreenThenChunksCoverEveryRowOnceAndTheOverviewTheWholeStory() {
        Document page = get("/stories/" + story + "/aligned?versions=" + versions);
        List<Integer> seen = new ArrayList<>(rowNumbers(page.select("table.aligned tbody tr[id^=row-]")));
        assertEquals(60, seen.size(), "the first screen");
        assertOverviewCoversEveryRow(page.select("nav.overview a.mark"), false);
        Element more = page.selectFirst("tr.more-rows");
        assertNotNull(more);
        assertEquals("revealed", more.attr("hx-trigger"));
        // without JavaScript the same row is a plain link
        assertTrue(more.selectFirst("a").attr("href").contains("from=60"));
        int chunks = 0;
        while (more != null) {
            String html = given().get(more.attr("hx-get")).then().statusCode(200).extract().asString();
            Document chunk = Jsoup.parseBodyFragment("<table><tbody>" + html + "</tbody></table>");
            seen.addAll(rowNumbers(chunk.select("tr[id^=row-]")));
            assertNull(chunk.selectFirst("table.aligned thead"), "a chunk is rows only");
            more = chunk.selectFirst("tr.more-rows");
            chunks++;
        }
        assertEquals(2, chunks);
        List<Integer> expected = new ArrayList<>();
        for (int i = 0; i < PARAGRAPHS; i++) {
            expected.add(i);
        }
        assertEquals(expected, seen, "every row once, in order");
    }

    /** The story page shows each long version's first screen, then its further paragraphs in chunks as it scrolls. */
    @Test
    void theStoryPageShowsEachLongVersionAChunkAtATime() {
        Document page = get("/stories/" + story);
        long wire = Long.parseLong(versions.split(",")[0]);
        long rewrite = Long.parseLong(versions.split(",")[1]);
        for (long v : new long[]{wire, rewrite}) {
            Element text = page.getElementById("version-" + v).selectFirst("div.text[data-lazy-rows]");
            List<Integer> seen = new ArrayList<>();
            text.select("p.paragraph").forEach(p -> seen.add(Integer.parseInt(p.attr("data-index"))));
            assertEquals(60, seen.size(), "the first screen of version " + v);
            Element more = text.selectFirst("p.more-rows");
            assertEquals("revealed", more.attr("hx-trigger"));
            assertTrue(more.selectFirst("a").attr("href").endsWith("?version=" + v + "&from=60#p-" + v + "-60"), more.html());
            while (more != null) {
                Document chunk = Jsoup.parseBodyFragment(given().get(more.attr("hx-get")).then().statusCode(200).extract().asString());
                chunk.select("p.paragraph").forEach(p -> {
                    assertEquals("en", p.attr("lang"));
                    seen.add(Integer.parseInt(p.attr("data-index")));
                });
                assertNull(chunk.selectFirst("h1"), "a chunk is paragraphs only");
                more = chunk.selectFirst("p.more-rows");
            }
            List<Integer> expected = new ArrayList<>();
            for (int i = 0; i < PARAGRAPHS; i++) {
                expected.add(i);
            }
            assertEquals(expected, seen, "every paragraph of version " + v + " once, in order");
        }
        // without JavaScript, a version's link opens the page at that paragraph, with a way back
        Document far = get("/stories/" + story + "?version=" + rewrite + "&from=250");
        Elements farText = far.getElementById("version-" + rewrite).select("p.paragraph");
        assertEquals("250", farText.first().attr("data-index"));
        assertEquals(10, farText.size());
        assertTrue(far.getElementById("version-" + rewrite).selectFirst("p.earlier-rows a").attr("href").contains("from=190"));
        assertEquals("0", far.getElementById("version-" + wire).selectFirst("p.paragraph").attr("data-index"));
        given().get("/stories/" + story + "/versions/" + wire + "/paragraphs?from=-1").then().statusCode(400);
        given().get("/stories/" + dev.parallax.support.Seed.storyId() + "/versions/" + wire + "/paragraphs?from=0").then().statusCode(404);
    }

    /** The quotes page of a story quoting 130 statements: the first 60, then the rest in a chunk, each once. */
    @Test
    void theQuotesPageShowsManyStatementsAChunkAtATime() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 130; i++) {
            text.append("The envoy said: “Talks of round ").append(i).append(" will continue in Tehran.”\n\n");
        }
        long id = Stories.createStory("Many quotes " + System.nanoTime()).getLong("id");
        Stories.addVersion(id, Map.of("outlet", "Wire", "language", "en", "text", text.toString()));
        Stories.addVersion(id, Map.of("outlet", "Rewrite", "language", "en", "text", text.toString().replace("envoy", "minister")));
        Document page = get("/stories/" + id + "/quotes");
        List<String> seen = new ArrayList<>(page.select("tr.statement td:nth-of-type(1) q").eachText());
        assertEquals(60, seen.size(), "the first screen");
        assertEquals(60, page.select("tr.statement").size());
        Element more = page.selectFirst("tr.more-rows");
        assertTrue(more.selectFirst("a").attr("href").endsWith("&from=60"), more.html());
        while (more != null) {
            Document chunk = Jsoup.parseBodyFragment("<table><tbody>" + given().get(more.attr("hx-get")).then().statusCode(200).extract().asString()
                    + "</tbody></table>");
            seen.addAll(chunk.select("tr.statement td:nth-of-type(1) q").eachText());
            more = chunk.selectFirst("tr.more-rows");
        }
        assertEquals(130, seen.size());
        for (int i = 0; i < 130; i++) {
            assertEquals("Talks of round " + i + " will continue in Tehran.", seen.get(i));
        }
        Document far = get("/stories/" + id + "/quotes?from=120");
        assertEquals(10, far.select("tr.statement").size());
        assertTrue(far.selectFirst("tr.earlier-rows a").attr("href").endsWith("&from=60"));
        given().get("/stories/" + id + "/quotes/statements?from=-1").then().statusCode(400);
    }

    /**
     * 260 rows are more than the overview's 100 marks: each mark stands for a run of three rows, the runs cover
     * every row once in order, and a mark leads to a row of its run, the most divergent (a changed year) if any.
     * Filtered by number flags, a run is lit only if it holds a flagged row, and then leads to it.
     */
    static void assertOverviewCoversEveryRow(org.jsoup.select.Elements marks, boolean numberFilter) {
        assertEquals((PARAGRAPHS + 2) / 3, marks.size(), "one mark per run of three rows");
        java.util.regex.Pattern title = java.util.regex.Pattern.compile("Rows (\\d+)–(\\d+): .*% similar, .*");
        int next = 1;
        for (Element mark : marks) {
            java.util.regex.Matcher m = title.matcher(mark.attr("title"));
            assertTrue(m.matches(), mark.attr("title"));
            int first = Integer.parseInt(m.group(1));
            int last = Integer.parseInt(m.group(2));
            assertEquals(next, first, "runs follow each other");
            next = last + 1;
            int target = Integer.parseInt(mark.attr("href").replaceAll(".*#row-", ""));
            assertTrue(target >= first - 1 && target <= last - 1, mark.attr("href") + " in " + mark.attr("title"));
            boolean flagged = false;
            for (int row = first - 1; row < last; row++) {
                flagged |= row % 7 == 0;
            }
            assertEquals(flagged, mark.attr("title").contains("number"), mark.attr("title"));
            if (flagged) {
                assertEquals(0, target % 7, "a run with a changed year leads to it: " + mark.attr("href"));
            }
            if (numberFilter) {
                assertEquals(!flagged, mark.hasClass("filtered-out"), mark.attr("title"));
                assertEquals(!flagged, mark.attr("href").contains("?"), "a run filtered out opens the page unfiltered");
            }
        }
        assertEquals(PARAGRAPHS + 1, next, "the last run ends at the last row");
    }

    @Test
    void aFlagFilterAndAFarRowStillWork() {
        Document filtered = get("/stories/" + story + "/aligned?versions=" + versions + "&flag=number");
        List<Integer> rows = rowNumbers(filtered.select("table.aligned tbody tr[id^=row-]"));
        assertEquals(38, rows.size(), "every seventh of 260 rows has a changed year");
        assertTrue(rows.stream().allMatch(r -> r % 7 == 0), rows.toString());
        assertNull(filtered.selectFirst("tr.more-rows"), "38 rows fit on the first screen");
        assertOverviewCoversEveryRow(filtered.select("nav.overview a.mark"), true);

        Document far = get("/stories/" + story + "/aligned?versions=" + versions + "&from=250");
        List<Integer> farRows = rowNumbers(far.select("table.aligned tbody tr[id^=row-]"));
        assertEquals(250, farRows.get(0));
        assertEquals(259, farRows.get(farRows.size() - 1));
        assertTrue(far.selectFirst("tr.earlier-rows a").attr("href").contains("from=190"));
        assertNotNull(far.selectFirst("script[src=/js/aligned-rows.js]"));

        given().get("/stories/" + story + "/aligned/rows?versions=" + versions + "&from=-1").then().statusCode(400);
        given().get("/stories/" + story + "/aligned/rows?versions=" + versions + "&from=abc").then().statusCode(404);
    }
}
