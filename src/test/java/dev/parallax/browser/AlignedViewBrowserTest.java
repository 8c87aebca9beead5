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
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1900, 1000));
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
        // the table takes the window's width, and the sentences stand under their versions' columns
        assertTrue(table.getSize().getWidth() > 1700, "table width " + table.getSize().getWidth());
        List<WebElement> heads = table.findElements(By.cssSelector("thead th.version-head"));
        List<WebElement> sentenceCells = sentences.findElements(By.cssSelector("tr:first-child > td"));
        for (int v = 0; v < heads.size(); v++) {
            int headX = heads.get(v).getRect().getX();
            int cellX = sentenceCells.get(v + 1).getRect().getX();
            assertTrue(Math.abs(headX - cellX) <= 3, "version " + v + ": column at " + headX + ", its sentences at " + cellX);
        }
        assertTrue(sentences.findElement(By.cssSelector("td.score")).getText().matches("\\d{1,3}% confidence"));
        browser.executeScript("window.scrollBy(0, arguments[0].getBoundingClientRect().top"
                + " - document.querySelector('table.aligned thead').getBoundingClientRect().height);", row);
        dev.parallax.support.Screenshots.save(browser, "aligned-page.png"); // docs/images/aligned-page.png is a copy

        // confirm a row further down: only that row is swapped, the page keeps its place and the open sentences
        WebElement row15 = browser.findElement(By.id("row-14"));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", row15);
        long top = rowTop("row-14");
        long headTop = ((Number) browser.executeScript(
                "return Math.round(document.querySelector('table.aligned thead th').getBoundingClientRect().top);")).longValue();
        assertTrue(headTop >= 0 && headTop <= 2, "the header row stays in sight, at " + headTop);
        long scrolled = scrollY();
        row15.findElement(By.cssSelector("form[aria-label='Confirm row 15'] button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#row-14.confirmed")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Row 15 confirmed."));
        assertEquals(Boolean.TRUE, browser.executeScript("return window.__noReload === true;"), "no page load");
        assertTrue(Math.abs(rowTop("row-14") - top) <= 2, "row 15 stays where it was on the screen");
        assertTrue(scrollY() > scrolled / 2, "the page did not jump to the top: " + scrollY() + " vs " + scrolled);
        assertTrue(browser.findElement(By.cssSelector("table[aria-label='Sentences of row 12']")).isDisplayed());
        assertTrue(browser.findElements(By.cssSelector("form[aria-label='Release row 15']")).size() == 1);

        // merge rows 13 and 14: the rows after renumber, row 15's open sentence view follows it to row 14
        browser.findElement(By.id("row-14")).findElement(By.linkText("Sentences")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("table[aria-label='Sentences of row 15']")));
        String row15Cells = browser.findElement(By.id("row-14")).getAttribute("data-cells");
        WebElement merge = browser.findElement(By.cssSelector("form[aria-label='Merge row 13 with the next'] button"));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", merge);
        merge.click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Rows 13 and 14 merged."));
        assertEquals(row15Cells, browser.findElement(By.id("row-13")).getAttribute("data-cells"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("table[aria-label='Sentences of row 14']")));
        assertTrue(browser.findElement(By.cssSelector("table[aria-label='Sentences of row 12']")).isDisplayed());
        assertEquals(19, browser.findElements(By.cssSelector("table.aligned > tbody > tr[id^='row-']")).size());
        assertEquals(Boolean.TRUE, browser.executeScript("return window.__noReload === true;"), "no page load");
        assertTrue(browser.findElement(By.id("row-13")).getAttribute("class").contains("confirmed"), "the confirmed row kept its mark");

        // the corrections are saved: a reload shows them
        browser.navigate().refresh();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#row-13.confirmed")));
        assertEquals(19, browser.findElements(By.cssSelector("table.aligned > tbody > tr[id^='row-']")).size());
    }

    private long rowTop(String id) {
        return ((Number) browser.executeScript("return Math.round(document.getElementById(arguments[0]).getBoundingClientRect().top);", id))
                .longValue();
    }

    private long scrollY() {
        return ((Number) browser.executeScript("return Math.round(window.scrollY);")).longValue();
    }
}
