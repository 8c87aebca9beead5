package dev.parallax.browser;

import dev.parallax.support.BrowserTestBase;
import dev.parallax.align.AlignmentGroup;
import dev.parallax.support.Seed;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The aligned view of the seed story in headless Chromium: side by side, sentences on demand, a confirmed row. */
@QuarkusTest
@TestSecurity(user = "editor", roles = {"editor", "translator", "viewer"})
class AlignedViewBrowserTest extends BrowserTestBase {




    @AfterEach
    void close() {
        long story = Seed.storyId();
        dev.parallax.support.AlignmentCorrections.clear(story);
    }

    @Test
    void alignedViewOfTheSeedStory() {
        browser.get(root + "stories/" + Seed.storyId());
        browser.findElement(By.linkText("Aligned view")).click();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        WebElement table = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table[aria-label='Aligned versions']")));
        List<WebElement> rows = table.findElements(By.cssSelector("tbody tr[id^='row-']"));
        assertEquals(20, rows.size());

        // row 12: SANA's quotation of Assad in English and in our Arabic, side by side
        WebElement row = browser.findElement(By.id("row-11"));
        List<WebElement> cells = row.findElements(By.cssSelector(":scope > td"));
        assertTrue(cells.get(1).getText().contains("This confirms the importance of continuing cooperation"));
        assertEquals("rtl", cells.get(3).getCssValue("direction"));
        assertEquals("ltr", cells.get(1).getCssValue("direction"));

        // sentences on demand, swapped in by htmx without a page load
        Object marker = browser.executeScript("window.__noReload = true; return true;");
        row.findElement(By.linkText("Sentences")).click();
        WebElement sentences = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("table[aria-label='Sentences of row 12']")));
        assertTrue(sentences.getText().contains("America today is weaker than ever"), sentences.getText());
        assertEquals(Boolean.TRUE, browser.executeScript("return window.__noReload === true;"), "htmx swapped the fragment in place " + marker);

        // confirm the row: it turns confirmed and offers to release it
        browser.findElement(By.cssSelector("form[aria-label='Confirm row 12'] button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#row-11.confirmed")));
        assertTrue(browser.findElement(By.id("row-11")).getText().contains("confirmed"));
        browser.navigate().refresh();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#row-11.confirmed")));
    }
}
