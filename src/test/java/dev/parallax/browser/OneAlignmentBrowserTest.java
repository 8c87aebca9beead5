package dev.parallax.browser;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.align.engine.support.GoldRows;
import dev.parallax.support.AlignmentCorrections;
import dev.parallax.support.BrowserTestBase;
import dev.parallax.support.Seed;
import dev.parallax.support.Stories;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The "done when", in headless Chromium on the seed story: the same groups with each of its five
 * versions as base; an editor confirms, merges, splits and releases rows in one view and sees exactly those
 * corrections in the others; starting and filling a translation of SANA leaves the Observer–SANA rows
 * untouched and marks only the SANA–translation cells confirmed.
 */
@QuarkusTest
@TestSecurity(user = "editor", roles = {"editor", "translator", "viewer"})
class OneAlignmentBrowserTest extends BrowserTestBase {

    static final List<String> KEYS = List.of("syrian-observer.en", "sana.en", "nournews.en", "sana.ar", "nournews.fa");
    static final ObjectMapper JSON = new ObjectMapper();

    final GoldRows gold = GoldRows.read(Path.of("translations/assad-tehran-visit/alignment.gold.tsv"));
    WebDriverWait wait;
    Long translation;

    @BeforeEach
    void setUp() {
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    @AfterEach
    void undo() {
        AlignmentCorrections.clear(Seed.storyId());
        if (translation != null) {
            Stories.deleteVersionAsEditor(translation);
        }
    }

    @Test
    void sameGroupsWithEveryBaseAndCorrectionsSeenInEveryView() throws Exception {
        TreeSet<String> expected = groups(gold.rows(), KEYS);
        for (String base : KEYS) {
            List<String> view = new ArrayList<>(List.of(base));
            KEYS.stream().filter(k -> !k.equals(base)).forEach(view::add);
            open(view);
            assertEquals(expected, groups(rows(), view), "base " + base);
        }

        // confirm: the Arabic ¶3 with the report, Arabic as base
        List<String> arabic = List.of("sana.ar", "syrian-observer.en");
        open(arabic);
        int row = rowOf(0, 2);
        click("form[aria-label='Confirm row " + (row + 1) + "'] button");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#row-" + row + ".confirmed")));
        // seen with the report as base and all five versions: same group, only the confirmed cells marked
        open(KEYS);
        int r = rowOf(0, 10);
        assertEquals(List.of(List.of(10), List.of(2), List.of(), List.of(2), List.of()), rows().get(r));
        WebElement tr = browser.findElement(By.id("row-" + r));
        assertFalse(tr.getAttribute("class").contains("confirmed"), "SANA's link is not confirmed");
        List<WebElement> cells = tr.findElements(By.cssSelector(":scope > td"));
        assertEquals(List.of(true, false, false, true, false), cells.subList(0, 5).stream()
                .map(c -> c.getAttribute("class").contains("cell-confirmed")).toList());
        assertTrue(cells.get(3).getText().contains("link confirmed"));

        // merge SANA ¶4 with ¶5, SANA as base; seen with the Persian translation as base
        List<String> sana = List.of("sana.en", "syrian-observer.en", "sana.ar");
        open(sana);
        int s = rowOf(0, 3);
        click("form[aria-label='Merge row " + (s + 1) + " with the next'] button");
        wait.until(d -> rows().get(s).get(0).equals(List.of(3, 4)));
        List<String> persian = List.of("nournews.fa", "sana.ar", "syrian-observer.en", "sana.en", "nournews.en");
        open(persian);
        int m = rowOf(3, 3);
        assertEquals(List.of(List.of(), List.of(3, 4), List.of(11, 12), List.of(3, 4), List.of()), rows().get(m));
        screenshot("one-alignment-merged.png");

        // split it there (one paragraph per version stays in the first part); seen back with SANA as base
        browser.findElement(By.cssSelector("#row-" + m + " details.split summary")).click();
        click("form[aria-label='Split row " + (m + 1) + "'] button[type=submit]");
        wait.until(d -> rows().get(m).get(1).equals(List.of(3)));
        open(sana);
        assertEquals(List.of(List.of(3), List.of(11), List.of(3)), rows().get(rowOf(0, 3)));
        assertEquals(List.of(List.of(4), List.of(12), List.of(4)), rows().get(rowOf(0, 4)));
        assertTrue(browser.findElement(By.id("row-" + rowOf(0, 4))).getText().contains("fixed"));

        // release the confirmed row from a third view: nowhere confirmed any more
        List<String> third = List.of("syrian-observer.en", "sana.ar", "sana.en");
        open(third);
        int c = rowOf(0, 10);
        click("form[aria-label='Release row " + (c + 1) + "'] button");
        wait.until(d -> !browser.findElement(By.id("row-" + c)).getText().contains("fixed"));
        open(arabic);
        assertTrue(browser.findElements(By.cssSelector("tr.confirmed, td.cell-confirmed")).isEmpty());
        open(KEYS);
        assertEquals(expected, groups(rows(), KEYS));
    }

    @Test
    void aTranslationOfSanaMovesNobodyAndConfirmsOnlyItsOwnCells() throws Exception {
        long sana = Seed.versionId("sana.en");
        browser.get(root + "stories/" + Seed.storyId() + "/translate?source=" + sana);
        new Select(browser.findElement(By.id("new-source"))).selectByValue(String.valueOf(sana));
        browser.findElement(By.id("new-language")).sendKeys("fa");
        browser.findElement(By.id("new-outlet")).sendKeys("Browser translation");
        browser.findElement(By.cssSelector("form[aria-label='New translation'] button")).click();
        wait.until(ExpectedConditions.urlContains("target="));
        translation = Long.parseLong(browser.getCurrentUrl().replaceAll(".*target=(\\d+).*", "$1"));
        // fill paragraph 1, and paragraph 2 with (wrongly) the report's own paragraph 3
        fill(0, "خبرگزاری رسمی سوریه، سانا، گزارش داد که اسد «سفری کاری» به تهران داشت.");
        fill(1, "Syria and Iran have been allies since the 1980s, and Iran has provided critical support to Assad.");

        List<String> five = KEYS;
        StringBuilder ids = new StringBuilder();
        five.forEach(k -> ids.append(Seed.versionId(k)).append(','));
        browser.get(root + "stories/" + Seed.storyId() + "/aligned?versions=" + ids + translation);
        waitForTable();
        List<List<List<Integer>>> rows = rows();
        assertEquals(gold.rows(), rows.stream().map(x -> x.subList(0, 5)).filter(x -> x.stream().anyMatch(cell -> !cell.isEmpty())).toList(),
                "the rows of the other five versions are untouched");
        List<WebElement> trs = browser.findElements(By.cssSelector("tbody tr[id^='row-']"));
        int marked = 0;
        for (int r = 0; r < trs.size(); r++) {
            List<WebElement> cells = trs.get(r).findElements(By.cssSelector(":scope > td"));
            boolean sanaAndTranslation = !rows.get(r).get(1).isEmpty() && !rows.get(r).get(5).isEmpty();
            for (int v = 0; v < 6; v++) {
                boolean confirmed = cells.get(v).getAttribute("class").contains("cell-confirmed");
                assertEquals(sanaAndTranslation && (v == 1 || v == 5), confirmed, "row " + r + " cell " + v);
                marked += confirmed ? 1 : 0;
            }
            assertFalse(trs.get(r).getAttribute("class").contains("confirmed"), "row " + r + " reads confirmed");
        }
        assertEquals(22, marked, "11 SANA paragraphs and their 11 translations");
        browser.executeScript("document.getElementById('row-9').scrollIntoView({block: 'start'});");
        screenshot("one-alignment-translation.png");
    }

    // ---- helpers ----

    void fill(int index, String text) {
        browser.findElement(By.id("t-" + translation + "-" + index)).sendKeys(Keys.ENTER);
        WebElement box = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form.editor#t-" + translation + "-" + index + " textarea")));
        box.sendKeys(text);
        box.sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
        wait.until(d -> text.equals(given().get("/api/versions/" + translation).then().extract().jsonPath()
                .getString("paragraphs[" + index + "].text")));
        browser.get(browser.getCurrentUrl());
    }

    void open(List<String> keys) {
        String ids = String.join(",", keys.stream().map(k -> String.valueOf(Seed.versionId(k))).toList());
        browser.get(root + "stories/" + Seed.storyId() + "/aligned?versions=" + ids);
        waitForTable();
    }

    void waitForTable() {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table[aria-label='Aligned versions']")));
    }

    void click(String css) {
        WebElement table = browser.findElement(By.cssSelector("table[aria-label='Aligned versions']"));
        WebElement button = browser.findElement(By.cssSelector(css));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", button);
        button.click();
        // The correction swaps the rows it changed (htmx), the clicked row among them: its button goes stale.
        wait.until(ExpectedConditions.stalenessOf(button));
        waitForTable();
    }

    /** Every row's cells, as the page carries them (data-cells), read in one go. */
    @SuppressWarnings("unchecked")
    List<List<List<Integer>>> rows() {
        List<String> json = (List<String>) browser.executeScript(
                "return Array.from(document.querySelectorAll(\"tbody tr[id^='row-']\")).map(t => t.dataset.cells);");
        List<List<List<Integer>>> out = new ArrayList<>();
        for (String cells : json) {
            try {
                out.add(JSON.readValue(cells, new TypeReference<>() {
                }));
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }
        return out;
    }

    int rowOf(int version, int paragraph) {
        List<List<List<Integer>>> rows = rows();
        for (int r = 0; r < rows.size(); r++) {
            if (rows.get(r).get(version).contains(paragraph)) {
                return r;
            }
        }
        throw new AssertionError("paragraph " + paragraph + " of version " + version + " in no row");
    }

    static TreeSet<String> groups(List<List<List<Integer>>> rows, List<String> view) {
        TreeSet<String> out = new TreeSet<>();
        for (List<List<Integer>> row : rows) {
            TreeSet<String> parts = new TreeSet<>();
            for (int x = 0; x < view.size(); x++) {
                if (!row.get(x).isEmpty()) {
                    parts.add(view.get(x) + ":" + row.get(x));
                }
            }
            out.add(parts.toString());
        }
        return out;
    }

    void screenshot(String name) throws Exception {
        Path dir = Path.of("target/screenshots");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name), browser.getScreenshotAs(OutputType.BYTES));
    }
}
