package dev.parallax.browser;

import dev.parallax.support.BrowserTestBase;
import dev.parallax.support.Seed;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Export from the aligned view and import through the home page, in headless Chromium. */
@QuarkusTest
@TestSecurity(user = "editor", roles = {"editor", "translator", "viewer"})
class ExchangeBrowserTest extends BrowserTestBase {


    Path tmx;


    @AfterEach
    void close() throws Exception {
        if (tmx != null) {
            Files.deleteIfExists(tmx);
        }
    }

    @Test
    void csvExportedFromTheAlignedView() {
        browser.get(root + "stories/" + Seed.storyId() + "/aligned");
        WebElement form = browser.findElement(By.cssSelector("form[aria-label='Export']"));
        new Select(form.findElement(By.name("format"))).selectByValue("csv");
        form.findElement(By.name("bom")).click();
        // what the Download button would fetch: the form's own fields, with the browser's cookies
        @SuppressWarnings("unchecked")
        Map<String, Object> download = (Map<String, Object>) browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const form = document.querySelector("form[aria-label='Export']");
                const url = form.action + '?' + new URLSearchParams(new FormData(form)).toString();
                fetch(url, {credentials: 'same-origin'}).then(async r => done({url, status: r.status,
                    disposition: r.headers.get('Content-Disposition'),
                    text: new TextDecoder('utf-8', {ignoreBOM: true}).decode(await r.arrayBuffer())}));
                """);
        assertEquals(200L, download.get("status"));
        assertEquals("attachment; filename=\"assad-tehran-visit.csv\"", download.get("disposition"));
        String csv = (String) download.get("text");
        assertTrue(csv.startsWith("\uFEFFThe Syrian Observer (en),SANA (en),Nournews (en),"), csv.substring(0, 60));
        assertEquals(21, csv.split("\r\n").length, "a header and 20 rows");
        form.findElement(By.cssSelector("button[type=submit]")).click(); // a download: the page stays
        assertTrue(browser.getCurrentUrl().contains("/aligned"));
    }

    @Test
    void tmxImportedThroughTheHomePageLandsOnItsAlignedView() throws Exception {
        String versions = Seed.versionId("sana.en") + "," + Seed.versionId("sana.ar");
        byte[] file = given().get("/api/stories/" + Seed.storyId() + "/export?format=tmx&versions=" + versions).asByteArray();
        tmx = Files.createTempFile("sana", ".tmx");
        Files.write(tmx, file);

        browser.get(root.toString());
        WebElement form = browser.findElement(By.cssSelector("form[aria-label='Import aligned text']"));
        form.findElement(By.name("file")).sendKeys(tmx.toAbsolutePath().toString());
        form.findElement(By.name("title")).sendKeys("SANA from TMX");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        wait.until(ExpectedConditions.urlMatches("/stories/\\d+/aligned"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "SANA from TMX"));
        List<WebElement> rows = browser.findElements(By.cssSelector("tbody tr[id^='row-']"));
        assertEquals(11, rows.size());
        assertEquals(11, browser.findElements(By.cssSelector("tbody tr.confirmed")).size(), "every row confirmed");
        WebElement arabic = rows.get(0).findElements(By.cssSelector(":scope > td")).get(1);
        assertEquals("rtl", arabic.getCssValue("direction"));
        String id = browser.getCurrentUrl().replaceFirst(".*/stories/(\\d+)/aligned.*", "$1");
        given().delete("/api/stories/" + id).then().statusCode(204);
    }
}
