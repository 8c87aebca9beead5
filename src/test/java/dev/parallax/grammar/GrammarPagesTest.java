package dev.parallax.grammar;

import dev.parallax.support.PageSession;
import dev.parallax.support.Seed;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The grammar page read with jsoup and driven through its real forms (CSRF token included). */
@QuarkusTest
@TestSecurity(user = "editor", roles = {"editor", "translator", "viewer"})
public class GrammarPagesTest {

    final PageSession session = new PageSession();

    @Test
    void theSeedStorysGrammarPageUnderlinesEnglishAndArabicIssuesInPlace() {
        checked(Seed.storyId());
        Document story = session.get("/stories/" + Seed.storyId());
        Element link = story.selectFirst("a:containsOwn(Grammar and style)");
        assertNotNull(link, "linked from the story page");
        Document page = session.get(link.attr("href"));
        assertEquals(5, page.select("section.grammar-version").size());

        Element english = page.getElementById("gv-" + Seed.versionId("syrian-observer.en"));
        // The Observer's only "misspellings" were names the termbase knows (IRGC, Quds): no longer underlined.
        List<String> underlined = english.select(".lt-match").stream().map(Element::ownText).toList();
        assertTrue(english.text().contains("IRGC") && english.text().contains("Quds"), english.text());
        assertFalse(underlined.contains("Quds") || underlined.contains("IRGC"), underlined.toString());
        Element p = english.selectFirst("p.paragraph");
        assertEquals("en", p.attr("lang"));
        assertEquals("ltr", p.attr("dir"));

        Element arabic = page.getElementById("gv-" + Seed.versionId("sana.ar"));
        assertEquals("rtl", arabic.selectFirst("p.paragraph").attr("dir"));
        assertEquals("ar", arabic.selectFirst("p.paragraph").attr("lang"));
        assertTrue(arabic.select(".lt-match").size() >= 10, arabic.select(".lt-match").eachText().toString());
        assertTrue(arabic.select(".lt-match").stream().anyMatch(m -> m.ownText().equals("اللذين")));
        assertTrue(arabic.selectFirst(".bilingual-total").text().contains("SANA · en"));
        for (Element match : arabic.select(".lt-match")) {
            assertEquals("0", match.attr("tabindex"));
            Element tip = match.selectFirst(".lt-tip[role=tooltip]");
            assertNotNull(tip);
            assertEquals(tip.id(), match.attr("aria-describedby"));
            assertTrue(tip.text().contains(match.attr("data-rule")), tip.text());
        }
        assertEquals(arabic.select(".lt-match").size(), Integer.parseInt(arabic.selectFirst(".grammar-side .total strong").text()));
        // The paragraph text is intact: the parts put back together are the paragraph.
        String firstArabic = given().get("/api/versions/" + Seed.versionId("sana.ar")).jsonPath().getString("paragraphs[0].text");
        Element rebuilt = arabic.selectFirst("p.paragraph").clone();
        rebuilt.select(".lt-tip").remove();
        assertEquals(firstArabic, rebuilt.text());

        Element persian = page.getElementById("gv-" + Seed.versionId("nournews.fa"));
        assertEquals("rtl", persian.selectFirst("p.paragraph").attr("dir"));
        assertNotNull(persian.selectFirst(".grammar-side .empty"), "LanguageTool finds nothing in the seed's Persian paragraph");
    }

    @Test
    void applyIgnoreAndDisableThroughTheForms() {
        long story = GrammarServiceTest.importSeedCopy();
        // A wire copy with a real misspelling (the seed's own English names are termbase terms, not typos).
        long english = GrammarServiceTest.addVersion(story, Map.of("outlet", "Wire", "language", "en",
                "text", "The two presidents recieved the delegations at the palace in Tehran."));
        checked(story);
        Document page = session.get("/stories/" + story + "/grammar");
        Element issue = page.getElementById("gv-" + english).selectFirst("li.lt-issue[data-rule=MORFOLOGIK_RULE_EN_US]");
        Element paragraph = issue.closest("div.gp");
        String before = paragraph.selectFirst("p.paragraph").ownText();

        // A plain form post: 303 back to the page, the paragraph updated.
        Element apply = issue.selectFirst("form[action$=/grammar/apply]");
        String expected = apply.selectFirst("input[name=expected]").val();
        String replacement = apply.selectFirst("input[name=replacement]").val();
        Document after = session.follow(session.submit(apply, Map.of()));
        Element updated = after.getElementById(paragraph.id()).selectFirst("p.paragraph");
        updated.select(".lt-tip").remove();
        int offset = Integer.parseInt(apply.selectFirst("input[name=offset]").val());
        String text = given().get("/api/versions/" + english).jsonPath().getString("paragraphs[" + paragraph.selectFirst("p").attr("data-index") + "].text");
        assertEquals(replacement, text.substring(offset, offset + replacement.length()));
        assertEquals(text, updated.text());
        assertFalse(text.contains(expected) && text.indexOf(expected) == offset);

        // Through htmx: only the paragraph comes back.
        page = session.get("/stories/" + story + "/grammar");
        Element arabicSection = page.getElementById("gv-" + versionOf(story, "sana.ar"));
        // An issue in a paragraph that keeps another one after it is ignored, so the fragment still has forms.
        Element arabicIssue = arabicSection.select("li.lt-issue:not(.lt-bilingual)").stream()
                .filter(i -> i.closest("div.gp").select("li.lt-issue:not(.lt-bilingual)").size() >= 2).findFirst().orElse(null);
        assertNotNull(arabicIssue, arabicSection.text());
        String gp = arabicIssue.closest("div.gp").id();
        String ignoredRule = arabicIssue.attr("data-rule");
        int sameRule = arabicIssue.closest("div.gp").select("li.lt-issue[data-rule=" + ignoredRule + "]").size();
        Response fragment = session.submitWithHtmx(arabicIssue.selectFirst("form[action$=/grammar/ignore]"), Map.of());
        assertEquals(200, fragment.statusCode(), fragment.asString());
        Document swapped = Jsoup.parseBodyFragment(fragment.asString());
        assertNotNull(swapped.getElementById(gp));
        assertNull(swapped.selectFirst("header.site"), "a fragment, not a page");
        assertEquals(sameRule - 1, swapped.getElementById(gp).select("li.lt-issue[data-rule=" + ignoredRule + "]").size(), "ignored match gone");
        assertNotNull(swapped.selectFirst("input[name=_csrf], input[type=hidden][value]"), "forms in the fragment carry the token");

        // Disable a rule for the story, then enable it again.
        page = session.get("/stories/" + story + "/grammar");
        Element disable = page.getElementById("gv-" + versionOf(story, "sana.ar")).selectFirst("li.lt-issue:not(.lt-bilingual) form[action$=/grammar/disable]");
        String rule = disable.closest("li.lt-issue").attr("data-rule");
        page = session.follow(session.submit(disable, Map.of()));
        assertTrue(page.select(".lt-match[data-rule=" + rule + "]").isEmpty());
        Element disabled = page.selectFirst("section[aria-label=Disabled rules]");
        assertTrue(disabled.text().contains(rule));
        page = session.follow(session.submit(disabled.selectFirst("form"), Map.of()));
        assertFalse(page.select(".lt-match[data-rule=" + rule + "]").isEmpty());
        assertNull(page.selectFirst("section[aria-label=Disabled rules]"));
    }

    @Test
    void userTextIsEscapedAndUnsupportedLanguagesSaySo() {
        long story = given().contentType(ContentType.JSON).body(Map.of("title", "Escaping " + UUID.randomUUID()))
                .post("/api/stories").then().statusCode(201).extract().jsonPath().getLong("id");
        GrammarServiceTest.addVersion(story, Map.of("outlet", "<b>Wire</b>", "language", "en",
                "text", "<script>alert('x')</script> He go to <img src=x onerror=alert(1)> Tehran."));
        GrammarServiceTest.addVersion(story, Map.of("outlet", "BBC Swahili", "language", "sw", "text", "Rais Assad alitembelea Tehran."));
        checked(story);
        Document page = session.get("/stories/" + story + "/grammar");
        assertTrue(page.select("script:containsData(alert)").isEmpty());
        assertTrue(page.select("img[onerror]").isEmpty());
        Element p = page.selectFirst("p.paragraph").clone();
        p.select(".lt-tip").remove();
        assertEquals("<script>alert('x')</script> He go to <img src=x onerror=alert(1)> Tehran.", p.text());
        assertTrue(page.select(".lt-match").eachAttr("data-rule").contains("HE_VERB_AGR"));
        Element swahili = page.select("section.grammar-version").get(1);
        assertTrue(swahili.selectFirst("p.note.unsupported").text().contains("does not check Swahili (sw)"));
    }

    @Test
    void formsWithoutTheCsrfTokenAreRefused() {
        given().contentType("application/x-www-form-urlencoded").formParam("rule", "HUNSPELL_RULE_AR").redirects().follow(false)
                .post("/stories/" + Seed.storyId() + "/grammar/disable").then().statusCode(400);
        given().get("/api/stories/" + Seed.storyId() + "/grammar").then().statusCode(200)
                .body("disabledRules", org.hamcrest.Matchers.empty());
    }

    /** Waits for every check of the story (the API waits; the page would show "Checking…" after parallax.grammar.page-wait). */
    static void checked(long story) {
        given().get("/api/stories/" + story + "/grammar").then().statusCode(200);
    }

    public static long versionOf(long story, String key) {
        return ((Number) given().get("/api/stories/" + story).jsonPath().get("versions.find { it.key == '" + key + "' }.id")).longValue();
    }
}
