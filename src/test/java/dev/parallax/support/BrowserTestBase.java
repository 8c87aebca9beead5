package dev.parallax.support;

import io.quarkus.test.common.http.TestHTTPResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.chrome.ChromeDriver;

import java.net.URL;

/** A headless Chromium per test, pointed at the test application; see {@link Browser}. */
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
        if (browser != null) {
            browser.quit();
        }
    }
}
