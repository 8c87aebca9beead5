package dev.parallax.grammar;

import dev.parallax.support.PageSession;
import dev.parallax.support.Seed;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The grammar page in RTL: each message isolated with dir="auto", categories in one language, source
 * paragraphs named ¶1 as everywhere else, and a Persian double space shown, not a blank sliver.
 */
@QuarkusTest
@TestSecurity(user = "editor", roles = {"editor", "translator", "viewer"})
class GrammarWordingTest {

    final PageSession session = new PageSession();

    @Test
    void arabicMessagesAreIsolatedCategoriesEnglishAndSourcesNumberedFromOne() {
        GrammarPagesTest.checked(Seed.storyId());
        Document page = session.get("/stories/" + Seed.storyId() + "/grammar");
        Element arabic = page.getElementById("gv-" + Seed.versionId("sana.ar"));
        for (Element message : arabic.select("li.lt-issue .lt-message")) {
            assertEquals("bdi", message.tagName());
            assertEquals("auto", message.attr("dir"));
        }
        for (Element rule : arabic.select("li.lt-issue code")) {
            assertEquals("ltr", rule.attr("dir"));
        }
        for (Element category : arabic.select(".grammar-side ul.counts li span[dir]")) {
            assertTrue(category.text().matches("[A-Za-z ()]+"), "an English category name, not " + category.text());
        }
        for (Element tip : arabic.select(".lt-tip .lt-rule")) {
            assertTrue(tip.text().matches("[A-Za-z ()]+ · \\S+"), tip.text());
        }
        Element bilingual = arabic.selectFirst("li.lt-bilingual");
        if (bilingual != null) {
            assertTrue(bilingual.text().matches(".*\\(source ¶\\d+.*"), bilingual.text());
            assertFalse(bilingual.text().contains("paragraph 0"), bilingual.text());
        }
        assertNotNull(arabic.selectFirst("ol.lt-issues[aria-label^=Issues in paragraph ¶1]"));
    }

    @Test
    void aPersianDoubleSpaceIsShownAndItsFixIsVisible() {
        long story = GrammarServiceTest.importSeedCopy();
        long persian = given().contentType(ContentType.JSON).body(Map.of("outlet", "IRNA", "language", "fa",
                        "text", "بشار اسد، رئیس‌جمهور سوریه،  به تهران سفر کرد."))
                .post("/api/stories/" + story + "/versions").then().statusCode(201).extract().jsonPath().getLong("id");
        GrammarPagesTest.checked(story);
        Element section = session.get("/stories/" + story + "/grammar").getElementById("gv-" + persian);
        Element match = section.selectFirst(".lt-match.lt-whitespace");
        assertNotNull(match, section.select(".lt-match").toString());
        assertEquals("␣␣", match.selectFirst(".ws").text());
        Element fix = section.selectFirst("li.lt-issue button.suggestion.ws");
        assertNotNull(fix);
        assertEquals("␣", fix.text());
        assertEquals(" ", fix.parent().selectFirst("input[name=replacement]").val(), "the form still sends the real space");
        given().delete("/api/stories/" + story);
    }
}
