package dev.parallax.browser;

import dev.parallax.support.BrowserTestBase;
import dev.parallax.support.Browser;
import dev.parallax.support.Seed;
import dev.parallax.support.Stories;
import dev.parallax.user.User;
import dev.parallax.user.UserService;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A translator signs in, starts an Arabic translation of SANA's report, fills two paragraphs with the
 * keyboard only, sets statuses, reads the history and restores a revision, and meets a stale save; a
 * viewer sees the same page without any way to edit.
 */
@QuarkusTest
class TranslateBrowserTest extends BrowserTestBase {

    static final String PASSWORD = "translator password";


    @Inject
    UserService users;

    WebDriverWait wait;
    Long created;

    @BeforeEach
    void open() {
        for (String role : new String[]{"translator", "viewer"}) {
            if (User.findByUsername("browser-" + role).isEmpty()) {
                users.create("browser-" + role, PASSWORD, role);
            }
        }
        wait = new WebDriverWait(browser, Duration.ofSeconds(15));
    }

    @AfterEach
    void close() {
        if (created != null) {
            Stories.deleteVersionAsEditor(created);
        }
    }

    void signIn(String user) {
        browser.get(root + "login");
        browser.findElement(By.id("j_username")).sendKeys(user);
        browser.findElement(By.id("j_password")).sendKeys(PASSWORD + Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("nav.account"), "Signed in as " + user));
    }

    WebElement editorBox() {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form.editor textarea")));
    }

    @Test
    void translatorFillsAnArabicTranslationWithTheKeyboard() {
        signIn("browser-translator");
        long sana = Seed.versionId("sana.en");
        browser.get(root + "stories/" + Seed.storyId() + "/translate?source=" + sana);
        new Select(browser.findElement(By.id("new-source"))).selectByValue(String.valueOf(sana));
        browser.findElement(By.id("new-language")).sendKeys("ar");
        browser.findElement(By.id("new-outlet")).sendKeys("Browser test");
        browser.findElement(By.cssSelector("form[aria-label='New translation'] button")).click();
        wait.until(ExpectedConditions.urlContains("target="));
        String url = browser.getCurrentUrl();
        created = Long.parseLong(url.replaceAll(".*target=(\\d+).*", "$1"));
        List<WebElement> targets = browser.findElements(By.cssSelector(".target-para"));
        assertEquals(11, targets.size());

        // Tab: the first stop offers to skip the forms, then Tab goes from paragraph to paragraph, one stop each
        browser.navigate().refresh();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("t-" + created + "-0")));
        new Actions(browser).sendKeys(Keys.TAB).perform();
        assertEquals("Skip to the paragraphs", browser.switchTo().activeElement().getText());
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
        assertEquals("t-" + created + "-0", browser.switchTo().activeElement().getAttribute("id"));
        new Actions(browser).sendKeys(Keys.TAB).perform();
        assertEquals("t-" + created + "-1", browser.switchTo().activeElement().getAttribute("id"));
        targets = browser.findElements(By.cssSelector(".target-para"));

        // paragraph 1: Enter opens the editor, type, pick a status with the keyboard, Ctrl+Enter saves
        // the Row column stays narrow, the text columns share the rest
        assertTrue(browser.findElement(By.cssSelector("table.translation thead th.num")).getSize().getWidth() < 80);
        targets.get(0).sendKeys(Keys.ENTER);
        WebElement box = editorBox();
        // the key hint on Save reads on the button's blue, not white on near-white
        WebElement kbd = browser.findElement(By.cssSelector("form.editor button[type=submit] kbd"));
        assertTrue(!kbd.getCssValue("background-color").equals("rgba(247, 247, 249, 1)"), kbd.getCssValue("background-color"));
        assertEquals("rtl", box.getCssValue("direction"));
        box.sendKeys("أفادت وكالة سانا بأن الرئيس الأسد أجرى زيارة عمل إلى طهران.");
        box.sendKeys(Keys.TAB);
        browser.switchTo().activeElement().sendKeys("reviewed");
        browser.switchTo().activeElement().sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
        // saved, and the next draft paragraph opens by itself
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("t-" + created + "-0"), "زيارة عمل"));
        box = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form.editor#t-" + created + "-1 textarea")));
        wait.until(d -> d.switchTo().activeElement().getTagName().equals("textarea"));
        browser.switchTo().activeElement().sendKeys("وتناولت المحادثات العلاقات التاريخية بين سورية وإيران.");
        browser.switchTo().activeElement().sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("t-" + created + "-1"), "العلاقات التاريخية"));
        // Esc closes the editor that opened on paragraph 3, without saving
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form.editor#t-" + created + "-2 textarea")));
        wait.until(d -> d.switchTo().activeElement().getTagName().equals("textarea"));
        browser.switchTo().activeElement().sendKeys("not to be saved" + Keys.ESCAPE);
        // it asks first: "Cancel" keeps the typed text, OK throws it away
        wait.until(ExpectedConditions.alertIsPresent()).dismiss();
        assertEquals("not to be saved", browser.findElement(By.cssSelector("form.editor#t-" + created + "-2 textarea")).getAttribute("value"));
        browser.findElement(By.cssSelector("form.editor#t-" + created + "-2 textarea")).sendKeys(Keys.ESCAPE);
        wait.until(ExpectedConditions.alertIsPresent()).accept();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("div.target-para#t-" + created + "-2")));

        dev.parallax.support.Screenshots.save(browser, "translate-page.png"); // docs/images/translate-page.png is a copy
        JsonPath version = given().get("/api/versions/" + created).then().statusCode(200).extract().jsonPath();
        assertEquals("reviewed", version.getString("paragraphs[0].status"));
        assertEquals("translated", version.getString("paragraphs[1].status"));
        assertEquals("", version.getString("paragraphs[2].text"));

        // the "?" dialog lists the shortcuts
        browser.findElement(By.tagName("body")).sendKeys("?");
        assertTrue(browser.findElement(By.id("help")).isDisplayed());
        browser.findElement(By.cssSelector("#help button")).click();

        // history of paragraph 1, and restore its first (empty) revision
        browser.findElement(By.cssSelector("#t-" + created + "-0 a.history-link")).click();
        wait.until(ExpectedConditions.urlContains("/paragraphs/0/history"));
        browser.navigate().refresh(); // the history has its own address: a reload keeps it
        WebElement table = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table[aria-label=Revisions]")));
        assertEquals(2, table.findElements(By.cssSelector("tbody tr")).size());
        assertTrue(table.findElements(By.cssSelector("ins")).size() > 0, "the edit shows as inserted words");
        // labels name the revision number the row shows; every time has one shape
        assertEquals("Restore revision 1", table.findElement(By.cssSelector("tbody tr:last-child form")).getAttribute("aria-label"));
        for (WebElement time : table.findElements(By.tagName("time"))) {
            assertTrue(time.getText().matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} UTC"), time.getText());
        }
        dev.parallax.support.Screenshots.save(browser, "paragraph-history.png"); // docs/images/paragraph-history.png is a copy
        table.findElement(By.cssSelector("tbody tr:last-child form button")).click();
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("table[aria-label=Revisions] tbody tr"), 3));
        assertEquals("Restored: paragraph 1 is now at revision 3.", browser.findElement(By.id("messages")).getText());
        assertEquals("", given().get("/api/versions/" + created).then().extract().jsonPath().getString("paragraphs[0].text"));

        // a stale save: someone else saves paragraph 4 while this editor is open
        browser.get(root + "stories/" + Seed.storyId() + "/translate?source=" + sana + "&target=" + created);
        browser.findElement(By.id("t-" + created + "-3")).sendKeys(Keys.ENTER);
        box = editorBox();
        given().auth().preemptive().basic("browser-translator", PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("text", "نص زميل آخر.", "baseRevision", 1)).put("/api/versions/" + created + "/paragraphs/3")
                .then().statusCode(200);
        box.sendKeys("نصي أنا.");
        box.sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
        WebElement theirs = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form.editor .theirs")));
        assertTrue(theirs.getText().contains("نص زميل آخر."));
        assertTrue(theirs.getText().matches("(?s).*by browser-translator, \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} UTC.*"), theirs.getText());
        assertEquals("نصي أنا.", browser.findElement(By.cssSelector("form.editor textarea")).getAttribute("value"));
        assertEquals("نص زميل آخر.", given().get("/api/versions/" + created).then().extract().jsonPath().getString("paragraphs[3].text"));
    }

    @Test
    void aViewerReadsButCannotEdit() {
        signIn("browser-viewer");
        long sana = Seed.versionId("sana.en");
        long arabic = Seed.versionId("sana.ar");
        browser.get(root + "stories/" + Seed.storyId() + "/translate?source=" + sana + "&target=" + arabic);
        List<WebElement> targets = browser.findElements(By.cssSelector(".target-para"));
        assertEquals(11, targets.size());
        assertTrue(browser.findElements(By.cssSelector(".target-para[hx-get], a.plain-edit, form[aria-label='New translation']")).isEmpty());
        assertTrue(browser.findElement(By.cssSelector(".readonly-note")).getText().contains("translator role"),
                "a viewer is told why clicking does nothing");
        targets.get(0).click();
        assertTrue(browser.findElements(By.cssSelector("form.editor")).isEmpty());
        browser.get(root + "versions/" + arabic + "/paragraphs/0/edit");
        assertTrue(browser.getPageSource().contains("Forbidden") || browser.getCurrentUrl().contains("/login"), browser.getCurrentUrl());
    }
}
