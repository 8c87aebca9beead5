package dev.parallax.support;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Browser tests save what they see to target/screenshots, so a reader can look at a failing page and the README's
 * pictures in docs/images can be refreshed from a test run (copy the file over).
 */
public final class Screenshots {

    private Screenshots() {
    }

    public static Path save(ChromeDriver browser, String name) {
        try {
            Path file = Path.of("target/screenshots", name);
            Files.createDirectories(file.getParent());
            Files.write(file, browser.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
