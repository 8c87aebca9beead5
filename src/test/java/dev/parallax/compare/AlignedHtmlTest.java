package dev.parallax.compare;

import dev.parallax.support.PageSession;
import dev.parallax.support.Stories;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The aligned page remembers its rendered rows (ADR 23), and what it shows stays each reader's and current: a reader
 * without the editor role never gets an editor's forms, each editor's forms carry that editor's own CSRF token (the
 * remembered rows have a placeholder), and a correction or a new termbase term shows on the very next page. A wire and
 * its Arabic translation, with an English word no termbase knows.
 */
@QuarkusTest
class AlignedHtmlTest {

    private static final String NAME = "qelmarin";

    @Test
    void rowsAreEachReadersOwnAndEveryChangeShowsAtOnce() {
        long story = Stories.createStoryAs("Remembered rows " + System.nanoTime());
        long wire = Stories.addVersionAs(story, Map.of("outlet", "Wire", "language", "en",
                "text", "The envoy met the " + NAME + " delegation in Tehran.\n\nTalks went on into the night."));
        // words are linked only across languages: an Arabic translation beside the wire
        long rewrite = Stories.addVersionAs(story, Map.of("outlet", "Parallax", "language", "ar",
                "text", "التقى المبعوث بالوفد في طهران.\n\nواستمرت المحادثات حتى الليل."));
        String page = "/stories/" + story + "/aligned?versions=" + wire + "," + rewrite;

        PageSession reader = new PageSession();
        assertTrue(reader.get(page).select("td.row-actions form").isEmpty(), "a reader has no correction forms");

        PageSession first = new PageSession();
        first.signIn("admin", Stories.ADMIN_PASSWORD);
        Document firstPage = first.get(page);
        PageSession second = new PageSession();
        second.signIn("admin", Stories.ADMIN_PASSWORD);
        Document secondPage = second.get(page);
        String firstToken = ownToken(firstPage);
        String secondToken = ownToken(secondPage);
        assertNotEquals(firstToken, secondToken, "two sessions, two tokens");
        assertEquals(List.of(firstToken), rowTokens(firstPage), "the rows carry the reader's own token");
        assertEquals(List.of(secondToken), rowTokens(secondPage), "remembered rows, the second reader's token");
        assertTrue(reader.get(page).select("td.row-actions form").isEmpty(), "and a reader still has none after the editors");

        // a correction: the next page, anyone's, shows the row confirmed
        assertNull(reader.get(page).getElementById("row-0").selectFirst(".badge.confirmed"));
        Response confirmed = first.submit(firstPage.selectFirst("form[aria-label=Confirm row 1]"), Map.of());
        assertEquals(303, confirmed.statusCode());
        assertNotNull(reader.get(page).getElementById("row-0").selectFirst(".badge.confirmed"), "the reader sees it at once");
        assertNotNull(second.get(page).selectFirst("form[aria-label=Release row 1]"), "the other editor can release it");

        // a termbase term: the next page marks the name, and stops when the term is gone
        assertFalse(marked(reader.get(page)), "no termbase knows the name yet");
        long concept = given().auth().preemptive().basic("admin", Stories.ADMIN_PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("domain", "organization", "terms", List.of(Map.of("language", "en", "text", NAME, "status", "preferred"))))
                .post("/api/terms").then().statusCode(201).extract().jsonPath().getLong("id");
        try {
            assertTrue(marked(reader.get(page)), "the new term marks the name on the next page");
        } finally {
            given().auth().preemptive().basic("admin", Stories.ADMIN_PASSWORD).delete("/api/terms/" + concept).then().statusCode(204);
        }
        assertFalse(marked(reader.get(page)), "the term deleted, the mark is gone");
    }

    @Test
    void aLongVersionIsPickedByParagraphNumberNotFromThousandsOfOptions() {
        long story = Stories.createStoryAs("Long link form " + System.nanoTime());
        StringBuilder a = new StringBuilder();
        StringBuilder b = new StringBuilder();
        for (int i = 1; i <= 240; i++) {
            a.append("Paragraph ").append(i).append(" of the wire reports item ").append(i).append(".\n\n");
            b.append("Paragraph ").append(i).append(" of the rewrite repeats item ").append(i).append(".\n\n");
        }
        long wire = Stories.addVersionAs(story, Map.of("outlet", "Wire", "language", "en", "text", a.toString()));
        long rewrite = Stories.addVersionAs(story, Map.of("outlet", "Rewrite", "language", "en", "text", b.toString()));
        String page = "/stories/" + story + "/aligned?versions=" + wire + "," + rewrite;
        PageSession editor = new PageSession();
        editor.signIn("admin", Stories.ADMIN_PASSWORD);
        Element form = editor.get(page).selectFirst("form[aria-label=Link paragraphs]");
        assertNotNull(form, "an editor has the link form");
        assertTrue(form.select("option").isEmpty(), "no picker lists the 240 paragraphs");
        assertEquals(List.of("240", "240"), form.select("input[name=pickNumber]").eachAttr("max"));

        // ¶3 of the wire with ¶7 of the rewrite: one row
        Response linked = editor.submitRepeated(form, Map.of("pickVersion", List.of(String.valueOf(wire), String.valueOf(rewrite)),
                "pickNumber", List.of("3", "7")));
        assertEquals(303, linked.statusCode(), linked.asString());
        List<List<List<Integer>>> rows = given().get("/api/stories/" + story + "/alignment?versions=" + wire + "," + rewrite
                + "&sentences=false").jsonPath().getList("rows.cells");
        assertTrue(rows.stream().anyMatch(cells -> cells.get(0).contains(2) && cells.get(1).contains(6)), "linked: " + rows);

        // not a number: refused inline, the form kept, nothing linked
        Response refused = editor.submitRepeated(form, Map.of("pickVersion", List.of(String.valueOf(wire), String.valueOf(rewrite)),
                "pickNumber", List.of("three", "9")));
        assertEquals(400, refused.statusCode());
        assertTrue(refused.asString().contains("is not a paragraph number"), refused.asString());
        assertTrue(given().get("/api/stories/" + story + "/alignment?versions=" + wire + "," + rewrite + "&sentences=false")
                .jsonPath().getList("rows.cells").equals(rows), "nothing changed");
    }

    /** The token of a form outside the remembered rows (rendered for each request). */
    private static String ownToken(Document page) {
        Element field = page.selectFirst("form[action$=/realign] input[name=csrf-token]");
        assertNotNull(field, "an editor's page has the re-align form");
        return field.attr("value");
    }

    private static List<String> rowTokens(Document page) {
        List<String> tokens = page.select("td.row-actions form input[name=csrf-token]").eachAttr("value");
        assertFalse(tokens.isEmpty(), "an editor's rows have forms");
        return tokens.stream().distinct().toList();
    }

    private static boolean marked(Document page) {
        return page.getElementById("row-0").select("span.w[data-k]").stream().anyMatch(w -> w.text().equals(NAME));
    }
}
