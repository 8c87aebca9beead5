package dev.parallax.browser;

import io.quarkus.test.junit.QuarkusTestProfile;
import dev.parallax.support.BrowserTestBase;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A whole-story grammar check in headless Chromium: the page answers at once with a progress bar that
 * moves (done / to go) while the check runs in the background, then shows the issues.
 */
@QuarkusTest
@TestSecurity(user = "editor", roles = {"editor", "translator", "viewer"})
@TestProfile(GrammarProgressBrowserTest.NoWait.class)
class GrammarProgressBrowserTest extends BrowserTestBase {

    /** The page does not wait for the check: it shows the progress at once. */
    public static class NoWait implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("parallax.grammar.page-wait", "0s", "parallax.import-on-startup", "false");
        }
    }

    @Test
    void theProgressBarMovesUntilTheIssuesShow() throws Exception {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 160; i++) {
            text.append("Report ").append(i).append(": the delegation arrive in Tehran on Sunday and he go to the the talks number ")
                    .append(i * 7).append(".\n\n");
        }
        long story = given().contentType(ContentType.JSON).body(Map.of("title", "Progress " + UUID.randomUUID()))
                .post("/api/stories").then().statusCode(201).extract().jsonPath().getLong("id");
        long version = given().contentType(ContentType.JSON).body(Map.of("outlet", "Wire", "language", "en", "text", text.toString()))
                .post("/api/stories/" + story + "/versions").then().statusCode(201).extract().jsonPath().getLong("id");

        browser.get(root + "stories/" + story + "/grammar");
        List<Integer> seen = new ArrayList<>();
        long until = System.nanoTime() + 180_000_000_000L;
        while (System.nanoTime() < until) {
            List<WebElement> bars = browser.findElements(By.cssSelector("#gv-" + version + " progress"));
            if (bars.isEmpty()) {
                break;
            }
            try {
                int value = Integer.parseInt(bars.get(0).getAttribute("value"));
                if (seen.isEmpty() || seen.get(seen.size() - 1) != value) {
                    seen.add(value);
                }
            } catch (org.openqa.selenium.StaleElementReferenceException swapped) {
                // htmx replaced it meanwhile
            }
            Thread.sleep(200);
        }
        assertTrue(seen.size() >= 2, "the bar moved: " + seen);
        for (int i = 1; i < seen.size(); i++) {
            assertTrue(seen.get(i) >= seen.get(i - 1), "never backwards: " + seen);
        }
        WebElement section = browser.findElement(By.id("gv-" + version));
        assertTrue(!section.findElements(By.cssSelector(".lt-match")).isEmpty(), "the issues are shown in the end");
    }
}
