package dev.parallax.browser;

import dev.parallax.support.BrowserTestBase;
import dev.parallax.support.Seed;
import dev.parallax.support.StoryZips;
import dev.parallax.user.User;
import dev.parallax.user.UserService;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Roles in a real browser: a viewer signs in and walks every page (stories, a story, the aligned view
 * with a row's sentences open, quotes, translate, a paragraph's history, grammar) and finds no control
 * that would write; a translator whose role is lowered while the grammar page is open clicks a
 * suggestion and reads one short message, not a page pasted into the paragraph.
 */
@QuarkusTest
class ViewerBrowserTest extends BrowserTestBase {

    static final String PASSWORD = "viewer browser password";

    /** Anything that would change data: a POST form, an htmx write, a link to an edit, delete or admin page. */
    static final String WRITE_CONTROLS = "form[method='post' i], [hx-post], [hx-put], [hx-patch], [hx-delete], [hx-get*='/edit'], "
            + "a[href*='/edit'], a[href*='/delete'], a[href$='/versions/new'], a[href='/admin'], button.suggestion";

    @Inject
    UserService users;

    WebDriverWait wait;

    @BeforeEach
    void users() {
        if (User.findByUsername("browser-viewer-only").isEmpty()) {
            users.create("browser-viewer-only", PASSWORD, "viewer");
        }
        wait = new WebDriverWait(browser, Duration.ofMinutes(3));
    }

    void signIn(String user) {
        browser.get(root + "login");
        // the sign-in page speaks to newsroom users: how the first admin is set up is the README's business
        String login = browser.findElement(By.tagName("main")).getText();
        assertTrue(!login.contains("PARALLAX_ADMIN_PASSWORD") && !login.contains("server log"), login);
        browser.findElement(By.id("j_username")).sendKeys(user);
        browser.findElement(By.id("j_password")).sendKeys(PASSWORD + Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("nav.account"), "Signed in as " + user));
    }

    @Test
    void aViewerFindsNoWriteControlOnAnyPage() {
        signIn("browser-viewer-only");
        long story = Seed.storyId();
        long sana = Seed.versionId("sana.en");
        long arabic = Seed.versionId("sana.ar");
        String translate = "stories/" + story + "/translate?source=" + sana + "&target=" + arabic;
        List<String> pages = List.of("", "stories/" + story, "stories/" + story + "/aligned", "stories/" + story + "/aligned?view=plain",
                "stories/" + story + "/quotes", translate, "versions/" + arabic + "/paragraphs/0/history?back=/" + translate.replace("&", "%26"),
                "changes", "versions/" + arabic + "/history", "terms", "search?q=Tehran", "concordance?q=Tehran");
        for (String page : pages) {
            browser.get(root + page);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main h1")));
            assertNoWriteControl(page);
        }
        // the aligned view with a row's sentences opened by htmx
        browser.get(root + "stories/" + story + "/aligned");
        browser.findElement(By.cssSelector("a.sentences-link")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.sentences")));
        assertNoWriteControl("aligned with sentences");
        // the grammar page once LanguageTool's issues are listed
        browser.get(root + "stories/" + story + "/grammar");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#gv-" + Seed.versionId("sana.ar") + " .lt-issue")));
        assertNoWriteControl("grammar");
        assertTrue(browser.findElement(By.cssSelector(".lt-issue .suggestions")).getText().startsWith("Suggested:"),
                "a viewer reads the suggestions as text");
        // the admin page is refused outright, with no form either
        browser.get(root + "admin");
        assertNoWriteControl("admin");
        assertTrue(browser.findElement(By.cssSelector("main")).getText().contains("Your role does not allow"));
    }

    @Test
    void aFailedHtmxRequestShowsAShortMessageNotAPageInAPage() {
        String name = "browser-demoted-" + UUID.randomUUID().toString().substring(0, 6);
        users.create(name, PASSWORD, "translator");
        String slug = "viewer-browser-" + UUID.randomUUID().toString().substring(0, 8);
        long story = given().auth().preemptive().basic("admin", dev.parallax.support.Stories.ADMIN_PASSWORD).contentType("application/zip")
                .body(StoryZips.zip(slug, StoryZips.seedFilesWithSlug(slug)))
                .post("/api/stories/import?filename=" + slug + ".zip").then().statusCode(201).extract().jsonPath().getLong("id");
        long persian = given().auth().preemptive().basic("admin", dev.parallax.support.Stories.ADMIN_PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("outlet", "IRNA", "language", "fa", "text", "بشار اسد، رئیس‌جمهور سوریه، به به تهران سفر کرد و با رهبر انقلاب دیدار کرد."))
                .post("/api/stories/" + story + "/versions").then().statusCode(201).extract().jsonPath().getLong("id");
        signIn(name);
        browser.get(root + "stories/" + story + "/grammar");
        WebElement suggestion = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#gv-" + persian + " button.suggestion")));
        String before = browser.findElement(By.cssSelector("#gp-" + persian + "-0 p.paragraph")).getText();

        users.update(name, "viewer", null); // an admin lowers the role while the page is open
        suggestion.click();

        WebElement message = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#messages .error")));
        assertTrue(message.getText().contains("Your role does not allow this change."), message.getText());
        assertEquals(1, browser.findElements(By.cssSelector("header.site")).size(), "no page pasted inside the page");
        assertEquals(before, browser.findElement(By.cssSelector("#gp-" + persian + "-0 p.paragraph")).getText(), "the paragraph untouched");
        given().auth().preemptive().basic("admin", dev.parallax.support.Stories.ADMIN_PASSWORD).delete("/api/stories/" + story);
    }

    private void assertNoWriteControl(String page) {
        browser.manage().timeouts().implicitlyWait(Duration.ZERO);
        try {
            List<String> found = browser.findElements(By.cssSelector(WRITE_CONTROLS)).stream()
                    .map(e -> e.getAttribute("outerHTML")).map(h -> h.substring(0, Math.min(160, h.length()))).toList();
            assertEquals(List.of(), found, "write controls shown to a viewer on /" + page);
        } finally {
            browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
        }
    }
}
