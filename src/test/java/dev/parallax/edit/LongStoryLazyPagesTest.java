package dev.parallax.edit;

import dev.parallax.align.LongStoryRowsTest;
import dev.parallax.support.Stories;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The translate and grammar pages of a long story: the first screen at once, the rest in htmx chunks that
 * cover every row once, and a link to a far row or paragraph opens the page at it.
 */
@QuarkusTest
@TestSecurity(user = "editor", roles = {"editor", "translator", "viewer"})
public class LongStoryLazyPagesTest {

    static final int PARAGRAPHS = 170;
    static long story;
    static long wire;
    static long rewrite;

    @BeforeEach
    void longStory() {
        if (story != 0) {
            return;
        }
        long[] made = LongStoryRowsTest.makeLongStory(PARAGRAPHS);
        story = made[0];
        wire = made[1];
        rewrite = made[2];
    }

    static Document get(String path) {
        return Jsoup.parse(given().get(path).then().statusCode(200).extract().asString(), "http://localhost" + path);
    }

    /** Follows the chunks from a page's last row to the end; returns the ids seen, in order, and the chunk count. */
    static int follow(Element more, String rowSelector, List<String> seen) {
        int chunks = 0;
        while (more != null) {
            assertEquals("revealed", more.attr("hx-trigger"));
            String html = given().get(more.attr("hx-get")).then().statusCode(200).extract().asString();
            Document chunk = Jsoup.parseBodyFragment(html.startsWith("<tr") || html.strip().startsWith("<tr")
                    ? "<table><tbody>" + html + "</tbody></table>" : html);
            assertNull(chunk.selectFirst("thead, h1, section"), "a chunk is rows only");
            chunk.select(rowSelector).forEach(e -> seen.add(e.id()));
            more = chunk.selectFirst(".more-rows");
            chunks++;
        }
        return chunks;
    }

    static List<String> ids(String prefix, int n, Function<Integer, String> id) {
        return IntStream.range(0, n).mapToObj(id::apply).toList();
    }

    @Test
    void translatePageFirstScreenThenChunksAndAFarParagraph() {
        String path = "/stories/" + story + "/translate?source=" + wire + "&target=" + rewrite;
        Document page = get(path);
        List<String> seen = new ArrayList<>(page.select("table.translation tbody tr[id^=row-]").eachAttr("id"));
        assertEquals(60, seen.size(), "the first screen");
        assertNotNull(page.selectFirst("table.translation[data-lazy-rows]"));
        assertNotNull(page.selectFirst("script[src=/js/aligned-rows.js]"));
        Element more = page.selectFirst("tr.more-rows");
        assertTrue(more.selectFirst("a").attr("href").contains("from=60"), "without JavaScript the same row is a plain link");
        assertEquals(2, follow(more, "tr[id^=row-]", seen));
        assertEquals(ids("row-", PARAGRAPHS, i -> "row-" + i), seen, "every row once, in order");

        // a saved paragraph's address (#t-version-index) far down: the page opens at its row, earlier rows a link away
        Document far = get(path + "&paragraph=150");
        Element first = far.selectFirst("table.translation tbody tr[id^=row-]");
        assertEquals("row-150", first.id());
        assertNotNull(first.getElementById("t-" + rewrite + "-150"));
        assertTrue(far.selectFirst("tr.earlier-rows a").attr("href").contains("from=90"));
        assertEquals("t-" + rewrite + "-169", far.select(".target-para").last().id());

        given().get("/stories/" + story + "/translate/rows?source=" + wire + "&target=" + rewrite + "&from=-1").then().statusCode(400);
        given().get("/stories/" + story + "/translate/rows?source=" + wire + "&from=0").then().statusCode(400);
    }

    @Test
    void grammarPageFirstScreenThenChunksPerVersion() {
        given().get("/api/stories/" + story + "/grammar").then().statusCode(200);
        Document page = get("/stories/" + story + "/grammar");
        Element version = page.getElementById("gv-" + wire);
        List<String> seen = new ArrayList<>(version.select(".gp").eachAttr("id"));
        assertEquals(60, seen.size(), "the first screen of the wire");
        assertEquals(60, page.getElementById("gv-" + rewrite).select(".gp").size(), "and of the rewrite");
        // the counts beside the text still cover the whole version
        int total = Integer.parseInt(version.selectFirst(".grammar-side .total strong").text());
        int totalApi = given().get("/api/stories/" + story + "/grammar").jsonPath()
                .getList("versions.find { it.id == " + wire + " }.paragraphs.matches.flatten()").size();
        assertEquals(totalApi, total);
        assertEquals(2, follow(version.selectFirst(".more-rows"), ".gp", seen));
        assertEquals(ids("gp-", PARAGRAPHS, i -> "gp-" + wire + "-" + i), seen, "every paragraph once, in order");

        Document far = get("/stories/" + story + "/grammar?version=" + rewrite + "&from=160");
        List<String> farIds = far.getElementById("gv-" + rewrite).select(".gp").eachAttr("id");
        assertEquals("gp-" + rewrite + "-160", farIds.get(0));
        assertEquals(10, farIds.size());
        assertEquals(60, far.getElementById("gv-" + wire).select(".gp").size(), "the other version opens at its top");

        given().get("/stories/" + story + "/grammar/versions/" + wire + "/paragraphs?from=-1").then().statusCode(400);
    }
}
