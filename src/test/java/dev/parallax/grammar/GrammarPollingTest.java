package dev.parallax.grammar;

import dev.parallax.support.PageSession;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * With no warm-up and no waiting, the grammar page answers at once with "Checking…" and an htmx poll of
 * the version, which answers with the issues once LanguageTool is done: the page never hangs on a cold language.
 */
@QuarkusTest
@TestSecurity(user = "editor", roles = {"editor", "translator", "viewer"})
@TestProfile(GrammarPollingTest.NoWait.class)
class GrammarPollingTest {

    public static class NoWait implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("parallax.grammar.page-wait", "0s", "parallax.grammar.warm-up-at-startup", "false",
                    "parallax.import-on-startup", "false");
        }
    }

    @Test
    void aColdLanguageShowsCheckingAndThePollFillsItIn() throws InterruptedException {
        long story = given().contentType(ContentType.JSON).body(Map.of("title", "Cold " + UUID.randomUUID()))
                .post("/api/stories").then().statusCode(201).extract().jsonPath().getLong("id");
        long version = GrammarServiceTest.addVersion(story, Map.of("outlet", "BBC", "language", "en-GB",
                "text", "The colour of the the flag.\n\nHe go to Tehran on Sunday."));
        PageSession session = new PageSession();
        Document page = session.get("/stories/" + story + "/grammar");
        Element checking = page.selectFirst("#gv-" + version + " .checking");
        assertNotNull(checking, page.select("#gv-" + version).outerHtml());
        String poll = checking.attr("hx-get");
        assertEquals("/stories/" + story + "/grammar/versions/" + version, poll);
        assertEquals("#gv-" + version, checking.attr("hx-target"));

        long until = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        Document fragment;
        do {
            Thread.sleep(500);
            fragment = Jsoup.parseBodyFragment(given().get(poll).then().statusCode(200).extract().asString());
        } while (fragment.selectFirst(".checking") != null && System.nanoTime() < until);
        assertTrue(fragment.select(".lt-match").eachAttr("data-rule").contains("ENGLISH_WORD_REPEAT_RULE"), fragment.html());
        assertTrue(fragment.select(".lt-match").eachAttr("data-rule").contains("HE_VERB_AGR"));
        assertEquals("checked as en-GB", fragment.selectFirst(".checked-as").text());
    }
}
