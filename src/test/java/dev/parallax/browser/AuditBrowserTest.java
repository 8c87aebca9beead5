package dev.parallax.browser;

import dev.parallax.support.BrowserTestBase;
import dev.parallax.support.Stories;
import dev.parallax.user.User;
import dev.parallax.user.UserService;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * In Chromium, under the enforced CSP: a translator mistypes their password, signs in, changes it through the
 * "Password" link and signs out; the admin then finds all of it on /admin and in the filtered audit trail.
 * Saves target/screenshots/audit-page.png (docs/images/audit-page.png is a copy).
 */
@QuarkusTest
class AuditBrowserTest extends BrowserTestBase {

    @Inject
    UserService users;
    @Inject
    dev.parallax.user.SignInGuard guard;

    @org.junit.jupiter.api.AfterEach
    void forgetFailures() {
        guard.throttle().reset(); // the mistyped password came from this machine, as the other tests' sign-ins do
    }

    WebDriverWait wait;

    void signIn(String user, String password) {
        browser.get(root + "login");
        browser.findElement(By.id("j_username")).sendKeys(user);
        browser.findElement(By.id("j_password")).sendKeys(password + Keys.ENTER);
    }

    @Test
    void aTranslatorsDayInTheAuditTrail() throws Exception {
        User.findByUsername("audit-browser").ifPresent(u -> users.delete("audit-browser"));
        users.create("audit-browser", "first browser password", "translator");
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));

        signIn("audit-browser", "wrong browser password");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("form-error")));
        signIn("audit-browser", "first browser password");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("nav.account"), "Signed in as audit-browser"));
        browser.findElement(By.linkText("Password")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("current-password"))).sendKeys("first browser password");
        browser.findElement(By.id("new-password")).sendKeys("second browser password");
        browser.findElement(By.id("repeat-password")).sendKeys("second browser password" + Keys.ENTER);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("password-changed")));
        browser.findElement(By.linkText("Sign out")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("form[aria-label='Sign out'] button"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("nav.account"), "Sign in"));

        signIn("admin", Stories.ADMIN_PASSWORD);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("nav.account"), "Signed in as admin"));
        browser.get(root + "admin");
        WebElement failed = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("failed-sign-ins")));
        assertTrue(Integer.parseInt(failed.getText()) >= 1);
        browser.findElement(By.linkText("Audit trail")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("audit-actor"))).sendKeys("audit-browser");
        browser.findElement(By.cssSelector("form[aria-label='Filter the audit trail'] button")).click();
        wait.until(ExpectedConditions.urlContains("actor=audit-browser"));
        // sign-in events are written just after the answer: reload until the sign-out shows
        for (int i = 0; i < 20 && browser.findElements(By.cssSelector("tr.audit-sign-out")).isEmpty(); i++) {
            Thread.sleep(250);
            browser.navigate().refresh();
        }
        List<String> events = browser.findElements(By.cssSelector("table[aria-label='Audit events'] tbody tr td:nth-child(4)"))
                .stream().map(WebElement::getText).toList();
        assertTrue(events.containsAll(List.of("signed out", "changed own password", "signed in", "sign-in failed")), events.toString());
        assertEquals("signed out", events.get(0), "newest first");

        new Select(browser.findElement(By.id("audit-action"))).selectByValue("sign-in-failed");
        browser.findElement(By.cssSelector("form[aria-label='Filter the audit trail'] button")).click();
        wait.until(ExpectedConditions.urlContains("action=sign-in-failed"));
        List<WebElement> rows = browser.findElements(By.cssSelector("table[aria-label='Audit events'] tbody tr"));
        assertEquals(1, rows.size());
        assertTrue(rows.get(0).getText().contains("form, waited"), rows.get(0).getText());

        browser.get(root + "admin/audit");
        Path shot = Path.of("target/screenshots/audit-page.png");
        Files.createDirectories(shot.getParent());
        Files.write(shot, browser.getScreenshotAs(OutputType.BYTES));
    }
}
