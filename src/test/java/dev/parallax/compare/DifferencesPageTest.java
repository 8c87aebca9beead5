package dev.parallax.compare;

import dev.parallax.support.PageSession;
import dev.parallax.support.Seed;
import io.quarkus.test.junit.QuarkusTest;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The differences on the aligned page and the quotes page, read with jsoup. */
@QuarkusTest
class DifferencesPageTest {

    final PageSession session = new PageSession();

    @Test
    void seedStoryShowsOverviewCountsSimilarityAndMissingFlags() {
        long story = Seed.storyId();
        Document page = session.get("/stories/" + story + "/aligned");
        Elements marks = page.select("nav[aria-label=Divergence overview] a.mark");
        assertEquals(20, marks.size());
        assertEquals("#row-1", marks.get(1).attr("href"));
        // its title is the mark's name (tooltip and accessible name): one attribute per mark, 2,000 on a long story
        assertTrue(marks.get(1).attr("title").startsWith("Row 2: "), marks.get(1).attr("title"));
        assertTrue(marks.get(0).hasClass("d4"), "the standfirst is in the report only");
        List<String> filters = page.select("ul.flag-counts .flag-filter").eachAttr("data-flag");
        assertEquals(List.of("number", "name", "term", "quote", "attribution", "negation", "modality", "missing"), filters);
        // only a kind of flag some row has is a filter link; the others say so and lead nowhere
        assertEquals(List.of("missing"), page.select("ul.flag-counts a.flag-filter").eachAttr("data-flag"));
        assertEquals("no rows with a number flag", page.selectFirst(".flag-filter[data-flag=number]").text());
        Element row = page.getElementById("row-0");
        assertNotNull(row.selectFirst("td.omitted li.flag-missing"), "the standfirst is missing from SANA");
        assertTrue(row.selectFirst(".score .similarity").text().endsWith("% similar wording"));
        // report ¶2 and its Persian: the Persian cell keeps lang and dir, plain text (no word diff across languages)
        Element persian = page.getElementById("row-1").select("> td").get(4);
        assertEquals("fa", persian.attr("lang"));
        assertEquals("rtl", persian.attr("dir"));
        assertTrue(persian.select("del, ins").isEmpty());
        assertTrue(persian.selectFirst(".cell-similarity").text().contains("% similar to the base"));
        assertNotNull(page.selectFirst("a[href^=/stories/" + story + "/quotes]"));
    }

    @Test
    void aRewrittenSanaShowsMarksFlagsAndFiltersByFlag() {
        long edited = EditedSana.add();
        try {
            long sana = Seed.versionId("sana.en");
            long ar = Seed.versionId("sana.ar");
            String versions = sana + "," + edited + "," + ar;
            Document page = session.get("/stories/" + Seed.storyId() + "/aligned?versions=" + versions);
            Element cell = page.getElementById("row-5").select("> td").get(1);
            assertTrue(cell.hasClass("changed"));
            assertEquals(List.of("deleted: Seyyed", "deleted: stressed", "deleted: will"), cell.select("del").eachText());
            assertEquals(List.of("inserted: Sayyed", "inserted: claimed", "inserted: may"), cell.select("ins").eachText());
            assertEquals("deleted: ", cell.selectFirst("del .vh").text() + " ");
            List<String> flags = cell.select("li.flag").eachText();
            assertTrue(flags.contains("name Same name, spelled differently: Seyyed Khamenei / Sayyed Khamenei"), flags.toString());
            assertTrue(flags.contains("attribution Reporting verb changed: stressed → claimed"), flags.toString());
            assertTrue(flags.contains("modality Modality changed: will → may"), flags.toString());
            // the paragraph text itself is escaped, never raw: the marks are the only elements inside it
            assertTrue(cell.selectFirst("p").select("*").stream().allMatch(e -> List.of("p", "span", "del", "ins").contains(e.tagName())));

            Document negation = session.get("/stories/" + Seed.storyId() + "/aligned?versions=" + versions + "&flag=negation");
            Elements rows = negation.select("tbody tr[id^=row-]");
            assertEquals(1, rows.size());
            assertEquals("row-3", rows.get(0).id());
            assertTrue(negation.selectFirst("a.flag-filter.active").attr("href").contains("versions=" + versions));
            assertEquals("1", negation.select("ul.flag-counts li").stream().filter(li -> li.text().contains("negation"))
                    .findFirst().orElseThrow().selectFirst(".count").text().replaceAll("\\D", ""));

            Document plain = session.get("/stories/" + Seed.storyId() + "/aligned?versions=" + versions + "&view=plain");
            assertTrue(plain.select("tbody del, tbody ins").isEmpty());
            assertFalse(plain.getElementById("row-5").select("li.flag").isEmpty(), "flags stay in plain view");
        } finally {
            EditedSana.remove(edited);
        }
    }

    @Test
    void quotesPageListsAssadsStatementInEachVersion() {
        Document page = session.get("/stories/" + Seed.storyId() + "/quotes");
        Element table = page.selectFirst("table[aria-label=Quoted statements]");
        Element assad = table.select("tr.statement[data-row=11]").first();
        Elements cells = assad.select("> td");
        assertEquals(5, cells.size());
        assertTrue(cells.get(0).text().startsWith("This confirms the importance"));
        assertEquals("no paragraph in this row", cells.get(2).text());
        assertEquals("ar", cells.get(3).attr("lang"));
        assertEquals("rtl", cells.get(3).attr("dir"));
        Element reportOnly = table.select("tr.statement[data-row=3]").first();
        assertEquals("no paragraph in this row", reportOnly.select("> td").get(1).text());
        assertNull(page.selectFirst(".error"));
    }
}
