package dev.parallax.browser;

import dev.parallax.support.BrowserTestBase;
import dev.parallax.support.Seed;
import dev.parallax.support.Stories;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 12's "done when" in a real browser: an editor hovers "Raisi" in the English column of the seed story's aligned
 * page and sees رئيسي and رئیسی light up in the Arabic and Persian columns; on the translate page the editor sends a
 * selected name to the termbase, sees the source paragraph's term hints with their Persian forms, inserts one with
 * Alt+1, and after saving a target with a forbidden form and missing names reads the termbase's warning.
 */
@QuarkusTest
class TermbaseBrowserTest extends BrowserTestBase {

    static final String NAME = "Zarvanpour";
    Long story;

    @AfterEach
    void cleanUp() {
        if (story != null) {
            given().auth().preemptive().basic("admin", Stories.ADMIN_PASSWORD).delete("/api/stories/" + story).then().statusCode(204);
        }
        List<Integer> ids = given().get("/api/terms?q=" + NAME).then().extract().jsonPath().getList("id");
        for (Integer id : ids) {
            given().auth().preemptive().basic("admin", Stories.ADMIN_PASSWORD).delete("/api/terms/" + id).then().statusCode(204);
        }
    }

    @Test
    void hoverLightsCounterpartsAndATranslatorGetsHintsAndAWarning() throws Exception {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        browser.get(root + "login");
        browser.findElement(By.id("j_username")).sendKeys("admin");
        browser.findElement(By.id("j_password")).sendKeys(Stories.ADMIN_PASSWORD + Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("nav.account"), "Signed in as admin"));

        // the aligned page: Raisi in SANA's and Nournews' English lights its Arabic and Persian counterparts
        long en = Seed.versionId("sana.en");
        long ar = Seed.versionId("sana.ar");
        long fa = Seed.versionId("nournews.fa");
        long nournews = Seed.versionId("nournews.en");
        browser.get(root + "stories/" + Seed.storyId() + "/aligned?versions=" + en + "," + nournews + "," + ar + "," + fa);
        WebElement table = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table[aria-label='Aligned versions']")));
        // every English "Raisi" in turn: what lights up in its row (the Persian mention sits in one row only)
        List<WebElement> raisis = table.findElements(By.cssSelector("td[lang='en'] .w[data-k]")).stream()
                .filter(w -> w.getText().contains("Raisi")).toList();
        assertTrue(!raisis.isEmpty(), "Raisi is a linked word of the English column");
        java.util.Set<String> lit = new java.util.LinkedHashSet<>();
        for (WebElement raisi : raisis) {
            ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", raisi);
            new Actions(browser).moveToElement(raisi).perform();
            WebElement row = raisi.findElement(By.xpath("ancestor::tr[1]"));
            List<String> here = row.findElements(By.cssSelector("td:not([lang='en']) .w.lit")).stream().map(WebElement::getText).toList();
            if (here.stream().anyMatch(t -> t.contains("رئیسی"))) {
                shoot("aligned-hover");
            }
            lit.addAll(here);
        }
        assertTrue(lit.stream().anyMatch(t -> t.contains("رئيسي")), lit.toString());
        assertTrue(lit.stream().anyMatch(t -> t.contains("رئیسی")), lit.toString());
        // content words with no counterpart in the row's other languages get the quiet underline, linked words never
        // (read in one script call: the page has hundreds of them)
        @SuppressWarnings("unchecked")
        List<Object> unfound = (List<Object>) ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "return Array.from(arguments[0].querySelectorAll('td u.nf')).map(function (u) {"
                        + " return [u.textContent, u.title, !!u.closest('.w') || !!u.querySelector('.w')]; });", table);
        assertTrue(!unfound.isEmpty(), "some words of the cross-language rows have no counterpart");
        for (Object o : unfound) {
            List<?> u = (List<?>) o;
            assertEquals("Not found in the other version", u.get(1));
            assertTrue(((String) u.get(0)).matches("\\S{3,}"), "one content word: " + u.get(0));
            assertEquals(Boolean.FALSE, u.get(2), "a linked word is not underlined: " + u.get(0));
            assertTrue(!((String) u.get(0)).contains("Raisi"), "Raisi has counterparts");
        }

        // the translate page: a new Persian translation of a short English report
        story = Stories.createStoryAs("Termbase hints " + System.nanoTime());
        long source = Stories.addVersionAs(story, Map.of("outlet", "Wire", "language", "en",
                "text", "Ebrahim Raisi received the envoy " + NAME + " and Bashar al-Assad in Tehran."));
        browser.get(root + "stories/" + story + "/translate?source=" + source);
        browser.findElement(By.id("new-language")).sendKeys("fa");
        browser.findElement(By.cssSelector("form[aria-label='New translation'] button")).click();
        wait.until(ExpectedConditions.urlContains("target="));
        String translateUrl = browser.getCurrentUrl();

        // select the unknown name in the source cell: "Add to termbase" opens the termbase form with it filled in
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "var p = document.querySelector('table.translation td[lang=\"en\"] p'); var t = p.firstChild;"
                        + "var i = t.textContent.indexOf(arguments[0]); var r = document.createRange(); r.setStart(t, i);"
                        + "r.setEnd(t, i + arguments[0].length); var s = window.getSelection(); s.removeAllRanges(); s.addRange(r);"
                        + "document.dispatchEvent(new MouseEvent('mouseup', {bubbles: true}));", NAME);
        WebElement add = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("add-term")));
        assertTrue(add.getText().contains(NAME), add.getText());
        add.click();
        WebElement term1 = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[aria-label='Term 1']")));
        assertEquals(NAME, term1.getAttribute("value"));
        assertEquals("en", browser.findElement(By.cssSelector("input[aria-label='Language of term 1']")).getAttribute("value"));
        browser.findElement(By.cssSelector("input[aria-label='Language of term 2']")).sendKeys("fa");
        browser.findElement(By.cssSelector("input[aria-label='Term 2']")).sendKeys("زروان‌پور");
        browser.findElement(By.cssSelector("form[aria-label='New concept'] button[type='submit']")).click();
        wait.until(d -> given().get("/api/terms?q=" + NAME).then().extract().jsonPath().getList("id").size() == 1);

        // editing the paragraph lists the source's terms with their preferred Persian forms
        browser.get(translateUrl);
        browser.findElements(By.cssSelector(".target-para")).get(0).sendKeys(Keys.ENTER);
        WebElement box = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form.editor textarea")));
        WebElement hints = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("term-hints")));
        wait.until(d -> hints.findElements(By.cssSelector("li.term-hint")).size() >= 4);
        List<String> listed = hints.findElements(By.cssSelector("li.term-hint")).stream().map(WebElement::getText).toList();
        assertTrue(listed.get(0).startsWith("Ebrahim Raisi → ابراهیم رئیسی"), listed.toString());
        assertTrue(listed.stream().anyMatch(t -> t.startsWith(NAME + " → زروان‌پور")), listed.toString());
        assertTrue(listed.stream().anyMatch(t -> t.startsWith("Bashar al-Assad → بشار اسد")), listed.toString());
        assertEquals("rtl", hints.findElement(By.cssSelector(".term-target")).getCssValue("direction"));

        box.click();
        box.sendKeys(Keys.chord(Keys.ALT, "1"));
        wait.until(d -> box.getAttribute("value").startsWith("ابراهیم رئیسی"));
        box.sendKeys(" با خامنه ای دیدار کرد.");
        shoot("translate-hints");
        box.sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
        WebElement warning = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("td.target-cell .term-warnings")));
        String text = warning.getText();
        assertTrue(text.contains("خامنه ای is a forbidden form; write علی خامنه‌ای"), text);
        assertTrue(text.contains("Bashar al-Assad has no counterpart in the text; the termbase says بشار اسد"), text);
        assertTrue(text.contains(NAME + " has no counterpart"), text);
        assertTrue(!text.contains("Ebrahim Raisi has no counterpart"), text);
        shoot("translate-warning");
        String saved = given().auth().preemptive().basic("admin", Stories.ADMIN_PASSWORD)
                .get(translateUrl.replaceAll(".*target=(\\d+).*", "/api/versions/$1")).then().statusCode(200)
                .extract().jsonPath().getString("paragraphs[0].text");
        assertEquals("ابراهیم رئیسی با خامنه ای دیدار کرد.", saved);
    }

    void shoot(String name) throws Exception {
        Path file = browser.getScreenshotAs(OutputType.FILE).toPath();
        Path out = Path.of("target", "screenshots", "termbase-" + name + ".png");
        Files.createDirectories(out.getParent());
        Files.copy(file, out, StandardCopyOption.REPLACE_EXISTING);
    }
}
