package dev.parallax.browser;

import dev.parallax.support.BrowserTestBase;
import dev.parallax.support.Seed;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Content-Security-Policy in a real Chromium: the pages' own behaviour works under it (the shortcuts button
 * of the translation page, once an inline handler), and what an attacker's injected markup would try — an inline
 * script, an inline style — is blocked and reported, which is what every browser test checks after it ran.
 */
@QuarkusTest
@TestSecurity(user = "editor", roles = {"editor", "translator", "viewer"})
class CspBrowserTest extends BrowserTestBase {

    @Test
    void pagesWorkUnderThePolicyAndInjectedInlineCodeIsBlocked() {
        browser.get(root + "stories/" + Seed.storyId() + "/translate?source=" + Seed.versionId("sana.en")
                + "&target=" + Seed.versionId("sana.ar"));
        browser.findElement(By.cssSelector("button.help-button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(ExpectedConditions.visibilityOfElementLocated(By.id("help")));
        browser.findElement(By.cssSelector("#help button")).click();
        assertEquals(List.of(), cspViolations(browser), "the page itself violates nothing");

        browser.executeScript("""
                const s = document.createElement('script'); s.textContent = 'window.injected = true;'; document.body.appendChild(s);
                const d = document.createElement('div'); d.id = 'styled'; d.setAttribute('style', 'color: rgb(255, 0, 0)');
                document.body.appendChild(d);""");
        assertNull(browser.executeScript("return window.injected;"), "the inline script did not run");
        assertTrue(!"rgb(255, 0, 0)".equals(browser.findElement(By.id("styled")).getCssValue("color")), "the inline style was not applied");
        List<String> violations = cspViolations(browser);
        assertTrue(violations.stream().anyMatch(v -> v.contains("script-src")), violations.toString());
        assertTrue(violations.stream().anyMatch(v -> v.contains("style-src")), violations.toString());
    }
}
