package dev.parallax.browser;

import dev.parallax.support.BrowserTestBase;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The bulk import page in headless Chromium: a JSON file of many versions goes through the form, a progress bar
 * moves (stories done / to go) while the import runs in the background, then the per-story report shows.
 */
@QuarkusTest
@TestSecurity(user = "editor", roles = {"editor", "translator", "viewer"})
class BulkImportBrowserTest extends BrowserTestBase {

    static final int STORIES = 300;

    @Test
    void manyVersionsThroughTheFormWithAMovingProgressBarThenTheReport() throws Exception {
        StringBuilder json = new StringBuilder("[");
        String tag = "Wire " + System.nanoTime();
        for (int i = 0; i < STORIES; i++) {
            json.append("{\"title\": \"").append(tag).append(" story ").append(i).append("\", \"versions\": [")
                    .append("{\"outlet\": \"SANA\", \"language\": \"ar\", \"text\": \"التقى الرئيس الأسد في طهران. رقم ").append(i).append("\"},")
                    .append("{\"outlet\": \"Nournews\", \"language\": \"fa\", \"text\": \"دیدار رئیس‌جمهور سوریه در تهران. شماره ").append(i).append("\"}]},");
        }
        json.append("{\"title\": \"").append(tag).append(" broken\", \"versions\": [{\"outlet\": \"X\", \"language\": \"??\", \"text\": \"x\"}]}]");
        Path file = Files.createTempFile("versions", ".json");
        Files.writeString(file, json, StandardCharsets.UTF_8);

        browser.get(root + "import");
        WebElement form = browser.findElement(By.cssSelector("form[aria-label='Import many versions']"));
        form.findElement(By.cssSelector("input[type=file]")).sendKeys(file.toAbsolutePath().toString());
        form.findElement(By.cssSelector("button[type=submit]")).click();

        List<Integer> seen = new ArrayList<>();
        long until = System.nanoTime() + 180_000_000_000L;
        while (System.nanoTime() < until && browser.findElements(By.cssSelector("a.job-result")).isEmpty()) {
            try {
                for (WebElement bar : browser.findElements(By.cssSelector(".job-progress progress[value]"))) {
                    if (!String.valueOf(STORIES + 1).equals(bar.getAttribute("max"))) {
                        continue; // the finished bar (1 of 1) swapped in meanwhile
                    }
                    int value = Integer.parseInt(bar.getAttribute("value"));
                    if (seen.isEmpty() || seen.get(seen.size() - 1) != value) {
                        seen.add(value);
                    }
                }
            } catch (org.openqa.selenium.StaleElementReferenceException swapped) {
                // htmx replaced it meanwhile
            }
            Thread.sleep(150);
        }
        assertTrue(browser.getCurrentUrl().contains("/jobs/"), browser.getCurrentUrl());
        // Whether the page caught the bar mid-way depends on the machine's speed (a quiet machine imports all of it
        // before the job page's first poll); whatever it caught never exceeds the total and never goes backwards.
        assertTrue(seen.stream().allMatch(v -> v <= STORIES + 1), "a running import's bar: " + seen);
        for (int i = 1; i < seen.size(); i++) {
            assertTrue(seen.get(i) >= seen.get(i - 1), "never backwards: " + seen);
        }
        assertTrue(browser.findElement(By.cssSelector(".job-progress .done")).getText().contains(STORIES + " stories imported, 1 failed"));
        Files.createDirectories(Path.of("target/screenshots"));
        browser.findElement(By.cssSelector("a.job-result")).click();

        WebElement report = browser.findElement(By.cssSelector("table[role=table], table[aria-label='Stories imported']"));
        List<WebElement> rows = report.findElements(By.cssSelector("tbody tr"));
        assertEquals(STORIES + 1, rows.size());
        assertEquals(STORIES, report.findElements(By.cssSelector("tbody tr.imported")).size());
        WebElement failed = report.findElement(By.cssSelector("tbody tr.failed"));
        assertTrue(failed.getText().contains("Invalid language"), failed.getText());
        assertTrue(browser.findElement(By.cssSelector(".bulk-report h2")).getText().contains(STORIES + " stories imported, 1 failed"));
        Files.write(Path.of("target/screenshots/bulk-import-report.png"), browser.getScreenshotAs(OutputType.BYTES));
    }
}
