package dev.parallax.browser;

import dev.parallax.support.BrowserTestBase;
import dev.parallax.support.Stories;
import dev.parallax.user.User;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The admin page in Chromium: creating a user says so; deleting one asks first (Cancel keeps it); the
 * signed-in admin has no control to delete or demote themself, and the API refuses both.
 */
@QuarkusTest
class AdminBrowserTest extends BrowserTestBase {

    @Test
    void deletingAUserAsksFirstAndNoAdminCanRemoveThemself() {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        browser.get(root + "login");
        browser.findElement(By.id("j_username")).sendKeys("admin");
        browser.findElement(By.id("j_password")).sendKeys(Stories.ADMIN_PASSWORD + Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("nav.account"), "Signed in as admin"));
        browser.get(root + "admin");

        browser.manage().timeouts().implicitlyWait(Duration.ZERO);
        assertTrue(browser.findElements(By.cssSelector("select[aria-label='Role of admin']")).isEmpty(), "no role control on one's own row");
        assertTrue(browser.findElements(By.cssSelector("a[href='/admin/users/admin/delete']")).isEmpty(), "no delete control on one's own row");
        browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));

        String name = "temp-" + UUID.randomUUID().toString().substring(0, 6);
        browser.findElement(By.id("new-username")).sendKeys(name);
        browser.findElement(By.id("new-password")).sendKeys("a long enough password");
        new Select(browser.findElement(By.id("new-role"))).selectByValue("viewer");
        browser.findElement(By.cssSelector("form[aria-label='New user'] button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Created the user " + name + " (viewer)."));
        browser.navigate().refresh();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table[aria-label=Users]")));
        assertEquals("", browser.findElement(By.id("messages")).getText(), "the message is shown once");

        browser.findElement(By.cssSelector("a[href='/admin/users/" + name + "/delete']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main h1"), "Delete the user " + name + "?"));
        browser.findElement(By.linkText("Cancel")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table[aria-label=Users]")));
        assertTrue(User.findByUsername(name).isPresent(), "Cancel keeps the user");

        browser.findElement(By.cssSelector("a[href='/admin/users/" + name + "/delete']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main h1"), "Delete the user " + name + "?"));
        browser.findElement(By.cssSelector("form[aria-label='Confirm deletion'] button.danger")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Deleted the user " + name + "."));
        assertTrue(User.findByUsername(name).isEmpty());
    }

    @Test
    void theApiRefusesAnAdminDeletingOrDemotingThemself() {
        // with two admins the last-admin rule does not apply: the own-account rule does
        String second = "second-admin-" + UUID.randomUUID().toString().substring(0, 6);
        String password = "second admin password";
        given().auth().preemptive().basic("admin", Stories.ADMIN_PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("username", second, "password", password, "role", "admin")).post("/api/users").then().statusCode(201);
        given().auth().preemptive().basic(second, password).contentType(ContentType.JSON).body(Map.of("role", "editor"))
                .patch("/api/users/" + second).then().statusCode(409).body("error", org.hamcrest.Matchers.equalTo("Own role"));
        given().auth().preemptive().basic(second, password).delete("/api/users/" + second)
                .then().statusCode(409).body("error", org.hamcrest.Matchers.equalTo("Own account"));
        assertEquals("admin", User.findByUsername(second).orElseThrow().role);
        // a password change of one's own account stays possible, and another admin may remove them
        given().auth().preemptive().basic(second, password).contentType(ContentType.JSON)
                .body(Map.of("role", "admin", "password", password + " 2")).patch("/api/users/" + second).then().statusCode(200);
        given().auth().preemptive().basic("admin", Stories.ADMIN_PASSWORD).delete("/api/users/" + second).then().statusCode(204);
    }
}
