package dev.parallax.browser;

import dev.parallax.support.BrowserTestBase;
import dev.parallax.support.Seed;
import dev.parallax.support.Stories;
import dev.parallax.user.User;
import dev.parallax.user.UserService;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
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
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 16's "done when": a translator starting a new Arabic translation of a story that repeats sentences of the
 * seed story sees the seed's Arabic as memory matches and inserts one with Ctrl+1; an editor finds every version
 * quoting "victory in an international war" from the search box and opens the hit's aligned row.
 */
@QuarkusTest
class MemoryBrowserTest extends BrowserTestBase {

    static final String PASSWORD = "memory browser password";
    static final String SANA_3 = "During his meeting with Khamenei, President al-Assad affirmed that the course of events proved once again "
            + "the correctness of the vision and approach adopted by Syria and Iran for years, especially in the fight against terrorism.";
    static final String SANA_5 = "President Assad pointed out that the Palestinian cause is increasingly re-imposed its presence and "
            + "importance in the conscience of the Arab and Islamic world thanks to the sacrifices of the heroes of the resistance.";
    static final String QUOTE = "A regional paper recalled that Khamenei had praised Assad's “victory in an international war” in Tehran.";

    @Inject
    UserService users;

    Long story;

    @AfterEach
    void removeStory() {
        if (story != null) {
            given().auth().preemptive().basic("admin", Stories.ADMIN_PASSWORD).delete("/api/stories/" + story).then().statusCode(204);
        }
    }

    @Test
    void aTranslatorInsertsTheSeedsArabicWithCtrl1AndAnEditorFindsTheQuote() throws Exception {
        if (User.findByUsername("memory-translator").isEmpty()) {
            users.create("memory-translator", PASSWORD, "translator");
        }
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        story = Stories.createStoryAs("Assad's Tehran visit, as an agency digest " + System.nanoTime());
        long digest = Stories.addVersionAs(story, Map.of("outlet", "Agency digest", "language", "en",
                "text", SANA_3 + "\n\n" + SANA_5 + "\n\n" + QUOTE));

        browser.get(root + "login");
        browser.findElement(By.id("j_username")).sendKeys("memory-translator");
        browser.findElement(By.id("j_password")).sendKeys(PASSWORD + Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("nav.account"), "Signed in as memory-translator"));

        browser.get(root + "stories/" + story + "/translate?source=" + digest);
        new Select(browser.findElement(By.id("new-source"))).selectByValue(String.valueOf(digest));
        browser.findElement(By.id("new-language")).sendKeys("ar");
        browser.findElement(By.cssSelector("form[aria-label='New translation'] button")).click();
        wait.until(ExpectedConditions.urlContains("target="));
        long arabic = Long.parseLong(browser.getCurrentUrl().replaceAll(".*target=(\\d+).*", "$1"));

        browser.findElements(By.cssSelector(".target-para")).get(0).sendKeys(Keys.ENTER);
        WebElement box = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form.editor textarea")));
        WebElement panel = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("memory-panel")));
        wait.until(d -> !panel.findElements(By.cssSelector("li.memory-match")).isEmpty());
        WebElement first = panel.findElements(By.cssSelector("li.memory-match")).get(0);
        assertTrue(first.findElement(By.cssSelector(".memory-target")).getText().startsWith("وخلال لقائه خامنئي، أكد الرئيس الأسد"),
                first.getText());
        assertTrue(first.findElement(By.cssSelector(".score")).getText().matches("(98|99|100) %"), first.getText());
        assertTrue(first.findElement(By.cssSelector(".meta")).getText().startsWith("Syria's Assad Meets Top Iranian Leaders"), first.getText());
        assertEquals("rtl", first.findElement(By.cssSelector(".memory-target")).getCssValue("direction"));
        shoot("memory-panel");

        box.sendKeys(Keys.chord(Keys.CONTROL, "1"));
        wait.until(d -> box.getAttribute("value").startsWith("وخلال لقائه خامنئي"));
        box.sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("t-" + arabic + "-0"), "وخلال لقائه خامنئي"));
        String saved = given().get("/api/versions/" + arabic).then().statusCode(200).extract().jsonPath().getString("paragraphs[0].text");
        String seedArabic = given().get("/api/versions/" + Seed.versionId("sana.ar")).then().extract().jsonPath().getString("paragraphs[2].text");
        assertEquals(seedArabic, saved);

        // the editor's search: the seed's report and the digest both quote the phrase
        browser.get(root + "search");
        browser.findElement(By.id("q")).sendKeys("victory in an international war" + Keys.ENTER);
        WebElement results = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table[aria-label='Search results']")));
        List<WebElement> rows = results.findElements(By.cssSelector("tbody tr"));
        List<String> outlets = rows.stream().map(r -> r.findElements(By.tagName("td")).get(1).getText()).toList();
        assertTrue(outlets.stream().anyMatch(o -> o.startsWith("The Syrian Observer")), outlets.toString());
        assertTrue(outlets.stream().anyMatch(o -> o.startsWith("Agency digest")), outlets.toString());
        // other tests share this database and import copies of the seed story: every hit is one of the two quotes
        assertTrue(outlets.stream().allMatch(o -> o.startsWith("The Syrian Observer") || o.startsWith("Agency digest")), outlets.toString());
        for (WebElement row : rows) {
            assertEquals("victory in an international war", row.findElement(By.tagName("mark")).getText());
        }
        shoot("search");
        WebElement seedRow = rows.stream().filter(r -> r.getText().contains("The Syrian Observer")).findFirst().orElseThrow();
        String target = seedRow.findElement(By.cssSelector("a.row-link")).getAttribute("href").replaceAll(".*#", "");
        seedRow.findElement(By.cssSelector("a.row-link")).click();
        WebElement aligned = wait.until(ExpectedConditions.presenceOfElementLocated(By.id(target)));
        assertTrue(aligned.getText().contains("victory in an international war"), aligned.getText());
    }

    void shoot(String name) throws Exception {
        Path file = browser.getScreenshotAs(OutputType.FILE).toPath();
        Path out = Path.of("target", "screenshots", "memory-" + name + ".png");
        Files.createDirectories(out.getParent());
        Files.copy(file, out, StandardCopyOption.REPLACE_EXISTING);
    }
}
