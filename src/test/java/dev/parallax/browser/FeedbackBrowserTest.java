package dev.parallax.browser;

import dev.parallax.support.BrowserTestBase;
import dev.parallax.support.Stories;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** After every action a short status message; a paste over the size limit re-shows the form with the limit stated. */
@QuarkusTest
@TestSecurity(user = "editor", roles = {"editor", "translator", "viewer"})
class FeedbackBrowserTest extends BrowserTestBase {

    @Test
    void creatingAStoryAndAddingAVersionSaySo() {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        String title = "Feedback story " + UUID.randomUUID().toString().substring(0, 6);
        browser.get(root.toString());
        browser.findElement(By.id("story-title")).sendKeys(title);
        browser.findElement(By.cssSelector("form[aria-label='New story'] button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Created the story."));
        assertEquals(title, browser.findElement(By.cssSelector("main h1")).getText());
        String storyUrl = browser.getCurrentUrl();

        browser.findElement(By.linkText("Add a version")).click();
        browser.findElement(By.id("outlet")).sendKeys("SANA");
        browser.findElement(By.id("language")).sendKeys("en");
        browser.findElement(By.id("text")).sendKeys("President al-Assad visited Tehran on Sunday.");
        browser.findElement(By.cssSelector("form[aria-label='New version'] button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Added the version SANA (en): 1 paragraph."));
        browser.get(storyUrl);
        assertEquals("", browser.findElement(By.id("messages")).getText(), "shown once");
        given().delete("/api/stories/" + storyUrl.replaceAll(".*/stories/(\\d+).*", "$1"));
    }

    @Test
    void aPasteOverTheLimitKeepsTheFormAndStatesTheLimit() {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        long story = Stories.createStory("Big paste " + UUID.randomUUID().toString().substring(0, 6)).getLong("id");
        browser.get(root + "stories/" + story + "/versions/new");
        browser.findElement(By.id("outlet")).sendKeys("IRNA");
        browser.findElement(By.id("language")).sendKeys("fa");
        // 3 MB of Persian text, pasted (set at once: typing it would take hours)
        browser.executeScript("arguments[0].value = 'سفر رئیس‌جمهور سوریه به تهران. '.repeat(60000) + '\\n\\n' + 'پایان.'",
                browser.findElement(By.id("text")));
        browser.findElement(By.cssSelector("form[aria-label='New version'] button[type=submit]")).click();
        WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("form-error")));
        assertTrue(error.getText().contains("2 MB") || error.getText().contains("2097152"), error.getText());
        assertEquals("IRNA", browser.findElement(By.id("outlet")).getAttribute("value"), "the form is kept");
        assertEquals("fa", browser.findElement(By.id("language")).getAttribute("value"));
        assertTrue(browser.findElements(By.cssSelector("header.site")).size() == 1);
        given().get("/api/stories/" + story).then().statusCode(200).body("versions.size()", org.hamcrest.Matchers.equalTo(0));
        given().delete("/api/stories/" + story);
    }

    /** The seed's Arabic translation writes «…»: the Quotes page shows Arabic and Persian quotes with the same marks. */
    @Test
    void arabicAndPersianQuotesKeepTheirGuillemets() {
        browser.get(root + "stories/" + dev.parallax.support.Seed.storyId() + "/quotes");
        WebElement arabic = browser.findElement(By.cssSelector("table.quotes td[lang=ar] q"));
        assertEquals("\"«\" \"»\" \"‹\" \"›\"", browser.executeScript("return getComputedStyle(arguments[0]).quotes", arabic));
        WebElement english = browser.findElement(By.cssSelector("table.quotes td[lang=en] q"));
        assertEquals("\"“\" \"”\" \"‘\" \"’\"", browser.executeScript("return getComputedStyle(arguments[0]).quotes", english));
    }

    @Test
    void theSignInPageSpeaksToNewsroomUsersNotToOperators() {
        browser.get(root + "login");
        String text = browser.findElement(By.cssSelector("main")).getText();
        assertTrue(text.contains("ask an admin"), text);
        assertTrue(!text.contains("PARALLAX_ADMIN_PASSWORD") && !text.contains("the log"), text);
    }
}
