package dev.parallax.browser;

import dev.parallax.support.BrowserTestBase;
import dev.parallax.support.Seed;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The seed story in a real (headless) Chromium: Arabic and Persian read right to left. */
@QuarkusTest
@TestSecurity(user = "editor", roles = {"editor", "translator", "viewer"})
class SeedStoryBrowserTest extends BrowserTestBase {





    @Test
    void arabicAndPersianVersionsRenderRightToLeft() {
        browser.get(root.toString());
        // the seed's own link: other tests import copies under the same title, and the list shows the newest first
        browser.findElement(By.cssSelector("a[href='/stories/" + Seed.storyId() + "']")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/stories/"));
        assertEquals(Seed.TITLE, browser.findElement(By.tagName("h1")).getText());

        WebElement arabic = browser.findElement(By.id("version-" + Seed.versionId("sana.ar")));
        List<WebElement> paragraphs = arabic.findElements(By.cssSelector("p.paragraph"));
        assertEquals(11, paragraphs.size());
        WebElement first = paragraphs.get(0);
        assertEquals("rtl", first.getCssValue("direction"));
        assertTrue(first.getText().startsWith("أفادت وكالة الأنباء السورية الرسمية سانا"), first.getText());
        // Right-to-left for real: the paragraph's text hugs the right edge of its box, not the left.
        Number gapRight = (Number) browser.executeScript(
                "const p = arguments[0]; const r = document.createRange(); r.selectNodeContents(p);"
                        + "const rects = r.getClientRects(); const box = p.getBoundingClientRect();"
                        + "return box.right - rects[0].right;", first);
        Number gapLeft = (Number) browser.executeScript(
                "const p = arguments[0]; const r = document.createRange(); r.selectNodeContents(p);"
                        + "const rects = r.getClientRects(); const box = p.getBoundingClientRect();"
                        + "return rects[rects.length - 1].left - box.left;", first);
        assertTrue(gapRight.doubleValue() < 2, "first line starts at the right edge, gap " + gapRight);
        assertTrue(gapLeft.doubleValue() > 2, "last line ends short of the left edge, gap " + gapLeft);

        WebElement persian = browser.findElement(By.id("version-" + Seed.versionId("nournews.fa")))
                .findElement(By.cssSelector("p.paragraph"));
        assertEquals("rtl", persian.getCssValue("direction"));
        assertEquals("fa", persian.getAttribute("lang"));

        WebElement english = browser.findElement(By.id("version-" + Seed.versionId("syrian-observer.en")))
                .findElement(By.cssSelector("p.paragraph"));
        assertEquals("ltr", english.getCssValue("direction"));
    }

    @Test
    void createAStoryAndAddAnArabicVersionWithTheForms() {
        browser.get(root.toString());
        browser.findElement(By.id("story-title")).sendKeys("زيارة الأسد إلى طهران");
        browser.findElement(By.cssSelector("form[aria-label='New story'] button")).click();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "زيارة الأسد إلى طهران"));
        assertEquals("rtl", browser.findElement(By.tagName("h1")).getCssValue("direction"), "dir=auto on an Arabic title");

        browser.findElement(By.linkText("Add a version")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("outlet"))).sendKeys("SANA");
        browser.findElement(By.id("language")).sendKeys("ar");
        browser.findElement(By.id("text")).sendKeys("التقى الرئيس الأسد قائد الثورة.\n\nوغادر إلى دمشق في اليوم نفسه.");
        browser.findElement(By.cssSelector("form[aria-label='New version'] button[type=submit]")).click();
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("article.version p.paragraph"), 2));
        List<WebElement> paragraphs = browser.findElements(By.cssSelector("article.version p.paragraph"));
        assertEquals("وغادر إلى دمشق في اليوم نفسه.", paragraphs.get(1).getText());
        assertEquals("rtl", paragraphs.get(0).getCssValue("direction"));
    }
}
