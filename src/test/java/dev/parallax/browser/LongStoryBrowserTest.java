package dev.parallax.browser;

import dev.parallax.align.LongStoryRowsTest;
import dev.parallax.support.BrowserTestBase;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A long story's aligned page in headless Chromium: it opens on its first screen and scrolls to its last row. */
@QuarkusTest
@TestSecurity(user = "editor", roles = {"editor", "translator", "viewer"})
class LongStoryBrowserTest extends BrowserTestBase {

    @Test
    void theAlignedPageOfALongStoryScrollsToItsEnd() throws Exception {
        long[] story = LongStoryRowsTest.makeLongStory(260);
        browser.get(root + "stories/" + story[0] + "/aligned?versions=" + story[1] + "," + story[2]);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        wait.until(d -> d.findElements(By.cssSelector("table.aligned tbody tr[id^='row-']")).size() >= 60);
        assertEquals(60, browser.findElements(By.cssSelector("table.aligned tbody tr[id^='row-']")).size(), "the first screen only");
        Object noReload = browser.executeScript("window.__noReload = true; return true;");

        wait.until(d -> {
            browser.executeScript("window.scrollTo(0, document.body.scrollHeight);");
            return !d.findElements(By.id("row-259")).isEmpty();
        });
        List<String> ids = browser.findElements(By.cssSelector("table.aligned tbody tr[id^='row-']")).stream().map(e -> e.getAttribute("id")).toList();
        Set<String> unique = new HashSet<>(ids);
        assertEquals(260, ids.size(), "every row once");
        assertEquals(260, unique.size());
        assertTrue(browser.findElements(By.cssSelector("tr.more-rows")).isEmpty(), "nothing left to load");
        assertEquals(Boolean.TRUE, browser.executeScript("return window.__noReload === true;"), "rows came in place, no page load " + noReload);
        Files.createDirectories(Path.of("target/screenshots"));
        Files.write(Path.of("target/screenshots/long-story-end.png"), browser.getScreenshotAs(OutputType.BYTES));

        // the overview: 87 marks of three rows each; the last one, clicked on a fresh page, opens the page at its row
        browser.get(root + "stories/" + story[0] + "/aligned?versions=" + story[1] + "," + story[2]);
        List<org.openqa.selenium.WebElement> marks = browser.findElements(By.cssSelector("nav[aria-label='Divergence overview'] a.mark"));
        assertEquals(87, marks.size());
        org.openqa.selenium.WebElement last = marks.get(marks.size() - 1);
        String target = last.getAttribute("href").replaceAll(".*#", "");
        assertTrue(last.getAttribute("title").startsWith("Rows 259–260: "), last.getAttribute("title"));
        last.click();
        wait.until(d -> !d.findElements(By.id(target)).isEmpty());
        assertTrue(browser.getCurrentUrl().contains("from=" + target.substring("row-".length())), browser.getCurrentUrl());

        // the story page: each version's first screen, the rest as the reader scrolls
        browser.get(root + "stories/" + story[0]);
        By wire = By.cssSelector("#version-" + story[1] + " p.paragraph");
        wait.until(d -> d.findElements(wire).size() >= 60);
        browser.executeScript("document.getElementById('more-p-" + story[1] + "-60').scrollIntoView();");
        wait.until(d -> d.findElements(wire).size() >= 160);
    }
}
