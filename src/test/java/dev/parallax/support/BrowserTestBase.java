package dev.parallax.support;

import io.quarkus.test.common.http.TestHTTPResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

import java.net.URL;
import java.util.List;

/**
 * A headless Chromium per test, pointed at the test application; see {@link Browser}. The application sends
 * its Content-Security-Policy on every response, so the pages run with it enforced: after each test the
 * browser's console is read and any CSP violation (an inline script, style or handler, an eval, a foreign
 * origin) fails the test.
 */
public abstract class BrowserTestBase {

    @TestHTTPResource("/")
    protected URL root;

    protected ChromeDriver browser;

    @BeforeEach
    protected void startBrowser() {
        browser = Browser.start();
    }

    @AfterEach
    protected void quitBrowser() {
        if (browser == null) {
            return;
        }
        try {
            List<String> violations = cspViolations(browser);
            if (!violations.isEmpty()) {
                throw new AssertionError("Content-Security-Policy violations: " + violations);
            }
        } finally {
            browser.quit();
        }
    }

    /** The Content-Security-Policy violations Chromium logged since the last call (reading empties the log). */
    public static List<String> cspViolations(ChromeDriver browser) {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy") || m.contains("Content-Security-Policy")).toList();
    }
}
