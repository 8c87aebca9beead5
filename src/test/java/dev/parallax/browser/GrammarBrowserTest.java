package dev.parallax.browser;

import dev.parallax.support.BrowserTestBase;
import dev.parallax.grammar.GrammarPagesTest;
import dev.parallax.support.Seed;
import dev.parallax.support.StoryZips;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The grammar page in a real (headless) Chromium: wavy underlines in English, Arabic and Persian, tooltips on focus. */
@QuarkusTest
@TestSecurity(user = "editor", roles = {"editor", "translator", "viewer"})
class GrammarBrowserTest extends BrowserTestBase {





    @Test
    void theSeedStorysIssuesAreUnderlinedAndExplainedOnFocus() {
        // A copy of the seed story with an English wire copy that has a real misspelling: the seed's own English
        // has none left once the termbase keeps its names (Nournews, Pezeshkian) out of the speller's matches.
        String slug = "grammar-browser-" + UUID.randomUUID().toString().substring(0, 8);
        long story = given().contentType("application/zip").body(StoryZips.zip(slug, StoryZips.seedFilesWithSlug(slug)))
                .post("/api/stories/import?filename=" + slug + ".zip").then().statusCode(201).extract().jsonPath().getLong("id");
        long wire = given().contentType(ContentType.JSON).body(Map.of("outlet", "Wire", "language", "en",
                        "text", "The two presidents recieved the delegations at the palace in Tehran."))
                .post("/api/stories/" + story + "/versions").then().statusCode(201).extract().jsonPath().getLong("id");
        browser.get(root.toString() + "stories/" + story);
        browser.findElement(By.linkText("Grammar and style")).click();
        // Versions still being checked poll with htmx until their issues arrive.
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofMinutes(3));
        WebElement english = waitForMatches(wait, wire);
        WebElement arabic = waitForMatches(wait, GrammarPagesTest.versionOf(story, "sana.ar"));
        long persian = GrammarPagesTest.versionOf(story, "nournews.fa");
        wait.until(ExpectedConditions.presenceOfNestedElementLocatedBy(By.id("gv-" + persian), By.cssSelector(".grammar-side")));
        assertEquals("No issues found.", browser.findElement(By.cssSelector("#gv-" + persian + " .grammar-side .empty")).getText());

        WebElement match = english.findElement(By.cssSelector(".lt-match"));
        assertTrue(match.getCssValue("text-decoration-style").contains("wavy") || match.getCssValue("text-decoration").contains("wavy"),
                match.getCssValue("text-decoration"));
        WebElement tip = match.findElement(By.cssSelector(".lt-tip"));
        assertFalse(tip.isDisplayed(), "tooltip hidden until hover or focus");
        browser.executeScript("arguments[0].focus()", match);
        wait.until(ExpectedConditions.visibilityOf(tip));
        assertTrue(tip.getText().contains("MORFOLOGIK_RULE_EN_US"), tip.getText());
        assertTrue(tip.getText().contains("spelling mistake"), tip.getText());

        WebElement arabicMatch = arabic.findElement(By.cssSelector(".lt-match"));
        assertEquals("rtl", arabicMatch.getCssValue("direction"));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus()", arabicMatch);
        wait.until(ExpectedConditions.visibilityOf(arabicMatch.findElement(By.cssSelector(".lt-tip"))));
        dev.parallax.support.Screenshots.save(browser, "grammar-page.png"); // docs/images/grammar-page.png is a copy
    }

    @Test
    void persianIssuesUnderlinedAndASuggestionAppliedInPlace() {
        // LanguageTool finds nothing in the seed's one Persian paragraph, so this copy of the seed story gets
        // a second Persian version with a real error (a doubled word).
        String slug = "grammar-browser-" + UUID.randomUUID().toString().substring(0, 8);
        long story = given().contentType("application/zip").body(StoryZips.zip(slug, StoryZips.seedFilesWithSlug(slug)))
                .post("/api/stories/import?filename=" + slug + ".zip").then().statusCode(201).extract().jsonPath().getLong("id");
        long persian = given().contentType(ContentType.JSON).body(Map.of("outlet", "IRNA", "language", "fa",
                        "text", "بشار اسد، رئیس‌جمهور سوریه، به به تهران سفر کرد و با رهبر انقلاب دیدار کرد."))
                .post("/api/stories/" + story + "/versions").then().statusCode(201).extract().jsonPath().getLong("id");
        browser.get(root.toString() + "stories/" + story + "/grammar");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofMinutes(3));
        WebElement section = waitForMatches(wait, persian);
        WebElement match = section.findElement(By.cssSelector(".lt-match"));
        assertTrue(match.getText().strip().startsWith("به به"), match.getText());
        assertEquals("rtl", match.getCssValue("direction"));
        browser.executeScript("arguments[0].focus()", match);
        WebElement tip = match.findElement(By.cssSelector(".lt-tip"));
        wait.until(ExpectedConditions.visibilityOf(tip));
        assertTrue(tip.getText().contains("PERSIAN_WORD_REPEAT_RULE"), tip.getText());

        browser.executeScript("document.activeElement.blur()");
        wait.until(ExpectedConditions.invisibilityOf(tip));
        // Apply the suggestion: htmx swaps that paragraph only.
        String before = section.findElement(By.cssSelector("p.paragraph")).getText();
        WebElement arabic = waitForMatches(wait, GrammarPagesTest.versionOf(story, "sana.ar"));
        assertEquals("1 issue", browser.findElement(By.cssSelector("#gs-" + persian + " .total")).getText());
        section.findElement(By.cssSelector("li.lt-issue[data-rule=PERSIAN_WORD_REPEAT_RULE] button.suggestion")).click();
        wait.until(d -> d.findElements(By.cssSelector("#gv-" + persian + " .lt-match")).isEmpty());
        String after = browser.findElement(By.cssSelector("#gv-" + persian + " p.paragraph")).getText();
        assertNotEquals(before, after);
        assertTrue(after.contains("سوریه، به تهران"), after);
        assertTrue(arabic.isDisplayed(), "the rest of the page stayed (no reload)");
        // the counts beside the version follow at once, and a message says what happened
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#gs-" + persian + " .total"), "0 issues"));
        assertEquals("No issues found.", browser.findElement(By.cssSelector("#gs-" + persian + " .empty")).getText());
        assertTrue(browser.findElement(By.id("messages")).getText().startsWith("Replaced “به به"), browser.findElement(By.id("messages")).getText());
    }

    private WebElement waitForMatches(WebDriverWait wait, long versionId) {
        By section = By.id("gv-" + versionId);
        wait.until(ExpectedConditions.presenceOfNestedElementLocatedBy(section, By.cssSelector(".lt-match")));
        return browser.findElement(section);
    }
}
