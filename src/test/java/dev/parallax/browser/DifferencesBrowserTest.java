package dev.parallax.browser;

import dev.parallax.support.BrowserTestBase;
import dev.parallax.support.Seed;
import dev.parallax.support.Stories;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The seed story's aligned view in headless Chromium, with SANA's English rewritten as a sixth version:
 * diff marks and flags show, a divergence mark jumps to its row, a flag filter keeps only its rows.
 */
@QuarkusTest
class DifferencesBrowserTest extends BrowserTestBase {


    long rewritten;

    @BeforeEach
    void open() {
        List<String> paragraphs = given().get("/api/versions/" + Seed.versionId("sana.en")).then().statusCode(200)
                .extract().jsonPath().getList("paragraphs.text");
        String text = String.join("\n\n", paragraphs)
                .replace("For his part, Seyyed Khamenei stressed that Iran will continue", "For his part, Sayyed Khamenei claimed that Iran may continue");
        rewritten = Stories.addVersionAs(Seed.storyId(), Map.of("outlet", "SANA (rewritten)", "language", "en", "text", text));
    }

    @AfterEach
    void close() {
        if (rewritten != 0) { // 0: skipped before it was added (no Chromium on this machine)
            Stories.deleteVersionAsEditor(rewritten);
        }
    }

    @Test
    void marksFlagsOverviewAndFilterOnTheSeedStory() {
        long sana = Seed.versionId("sana.en");
        long ar = Seed.versionId("sana.ar");
        browser.get(root + "stories/" + Seed.storyId() + "/aligned?versions=" + sana + "," + rewritten + "," + ar);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table[aria-label='Aligned versions']")));

        WebElement cell = browser.findElement(By.id("row-5")).findElements(By.cssSelector(":scope > td")).get(1);
        WebElement deleted = cell.findElement(By.tagName("del"));
        assertTrue(deleted.getText().contains("Seyyed"), deleted.getText());
        assertTrue(deleted.getCssValue("text-decoration-line").contains("line-through"));
        assertTrue(cell.findElement(By.tagName("ins")).getCssValue("text-decoration-line").contains("underline"));
        assertTrue(cell.getText().contains("Reporting verb changed: stressed → claimed"), cell.getText());
        assertEquals("rtl", browser.findElement(By.id("row-5")).findElements(By.cssSelector(":scope > td")).get(2).getCssValue("direction"));

        // the last row's mark in the overview: the page scrolls to that row and it becomes the target
        WebElement mark = browser.findElement(By.cssSelector("nav[aria-label='Divergence overview'] a[href='#row-10']"));
        mark.click();
        wait.until(d -> d.getCurrentUrl().endsWith("#row-10"));
        assertEquals(Boolean.TRUE, browser.executeScript("return document.querySelector(':target').id === 'row-10'"));
        Number top = (Number) browser.executeScript("return document.getElementById('row-10').getBoundingClientRect().top");
        Number height = (Number) browser.executeScript("return window.innerHeight");
        // the last row cannot always reach the top of the window (the page may end below it): in view is enough
        assertTrue(top.doubleValue() >= -1 && top.doubleValue() < height.doubleValue() - 50, "row 11 is in view: " + top + " of " + height);

        // filter: only rows with a modality flag
        browser.findElement(By.cssSelector("a.flag-filter[data-flag='modality']")).click();
        wait.until(ExpectedConditions.urlContains("flag=modality"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a.flag-filter.active[data-flag='modality']")));
        List<WebElement> rows = browser.findElements(By.cssSelector("tbody tr[id^='row-']"));
        assertEquals(1, rows.size());
        assertEquals("row-5", rows.get(0).getAttribute("id"));
    }
}
