package dev.parallax.browser;

import dev.parallax.intake.VersionWatch;
import dev.parallax.intake.WatchJob;
import dev.parallax.support.BrowserTestBase;
import dev.parallax.support.FixtureSite;
import dev.parallax.support.Stories;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An editor adds SANA's Arabic article from its address (served by a local fixture site) with the preview;
 * the outlet then changes a sentence, the watch picks it up, and the story shows the change with its word
 * diff and its flag.
 */
@QuarkusTest
@TestSecurity(user = "editor", roles = {"editor", "translator", "viewer"})
class FromUrlBrowserTest extends BrowserTestBase {

    FixtureSite site;
    @Inject
    WatchJob watchJob;

    @BeforeEach
    void startSite() throws IOException {
        site = new FixtureSite();
        site.html("/ar/?p=1587731", FixtureSite.resource("sana-ar.html"));
    }

    @AfterEach
    void stopSite() {
        site.close();
    }

    @Test
    void addFromUrlWithPreviewThenTheWatchShowsTheOutletsChange() throws IOException {
        long story = Stories.createStory("Assad in Tehran, from the web " + System.nanoTime()).getLong("id");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        browser.get(root + "stories/" + story);
        browser.findElement(By.linkText("Add from URL")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("url"))).sendKeys("not an address");
        browser.findElement(By.cssSelector("button[value=preview]")).click();
        // the browser itself refuses a malformed URL in a type=url field: the page must say why
        assertTrue(browser.findElements(By.id("text")).isEmpty(), "no preview for a malformed address");
        WebElement url = browser.findElement(By.id("url"));
        url.clear();
        url.sendKeys(site.url("/missing-article"));
        browser.findElement(By.cssSelector("button[value=preview]")).click();
        WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("form-error")));
        assertTrue(error.getText().contains("Page not found"), error.getText());
        assertEquals(site.url("/missing-article"), browser.findElement(By.id("url")).getAttribute("value"), "the form keeps the address");

        url = browser.findElement(By.id("url"));
        url.clear();
        url.sendKeys(site.url("/ar/?p=1587731"));
        browser.findElement(By.cssSelector("button[value=preview]")).click();
        WebElement text = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("text")));
        assertEquals("rtl", text.getCssValue("direction"));
        assertEquals("ar", browser.findElement(By.id("language")).getAttribute("value"));
        assertEquals("2022-05-08", browser.findElement(By.id("publishedAt")).getAttribute("value"));
        assertEquals("الرئيس الأسد يزور طهران ويلتقي القائد خامنئي والرئيس رئيسي", browser.findElement(By.id("title")).getAttribute("value"));
        WebElement outlet = browser.findElement(By.id("outlet"));
        assertEquals("سانا", outlet.getAttribute("value"));
        outlet.clear();
        outlet.sendKeys("SANA"); // adjusted before adding
        screenshot("from-url-preview.png");
        browser.findElement(By.cssSelector("button[value=accept]")).click();

        try {
            wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("article.version p.paragraph"), 12));
        } catch (org.openqa.selenium.TimeoutException e) {
            screenshot("from-url-accept-failed.png");
            throw e;
        }
        WebElement version = browser.findElement(By.cssSelector("article.version"));
        assertTrue(version.findElement(By.tagName("h2")).getText().startsWith("SANA"));
        assertEquals("rtl", version.findElement(By.cssSelector("p.paragraph")).getCssValue("direction"));
        assertTrue(version.findElement(By.cssSelector(".watch-state")).getText().startsWith("watched"));
        long versionId = Long.parseLong(version.getAttribute("id").substring("version-".length()));

        // the outlet quietly rewrites a sentence; the watch finds it at its next check
        site.html("/ar/?p=1587731", FixtureSite.resource("sana-ar.html").replace("منذ سنوات", "منذ 11 عاماً"));
        QuarkusTransaction.requiringNew().run(() -> VersionWatch.update("nextCheckAt = ?1 where versionId = ?2",
                OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1), versionId));
        assertEquals(1, watchJob.runDue());

        browser.navigate().refresh();
        WebElement state = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#version-" + versionId + " .watch-state")));
        assertTrue(state.getText().contains("changed since you last looked"), state.getText());
        assertTrue(browser.findElement(By.id("version-" + versionId)).getText().contains("منذ 11 عاماً"), "the version follows its page");

        state.findElement(By.linkText("history")).click();
        WebElement latest = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("snapshot-2")));
        List<WebElement> inserted = latest.findElements(By.tagName("ins"));
        assertTrue(inserted.stream().anyMatch(i -> i.getText().contains("11")), "the word diff marks the new words");
        assertFalse(latest.findElements(By.tagName("del")).isEmpty(), "and the old ones");
        assertFalse(latest.findElements(By.cssSelector(".flag-number")).isEmpty(), "the new number is flagged");
        assertEquals("rtl", latest.findElement(By.cssSelector(".snapshot-paragraph.changed p")).getCssValue("direction"));
        screenshot("version-history.png");

        browser.get(root + "stories/" + story);
        String after = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#version-" + versionId + " .watch-state"))).getText();
        assertFalse(after.contains("changed since you last looked"), "seen once its history was opened: " + after);

        browser.get(root + "changes");
        assertTrue(browser.findElement(By.cssSelector("table.changes")).getText().contains("SANA"));
    }

    private void screenshot(String name) throws IOException {
        Path file = browser.getScreenshotAs(OutputType.FILE).toPath();
        Path target = Path.of("target", "screenshots", name);
        Files.createDirectories(target.getParent());
        Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
    }
}
