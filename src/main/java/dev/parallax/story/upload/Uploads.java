package dev.parallax.story.upload;

import dev.parallax.common.ApiException;
import dev.parallax.common.ParallaxConfig;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.io.IOException;
import java.nio.file.Files;

/**
 * The one reader of uploads, for the API (a request body) and the pages (a form's file) alike: an empty upload is a
 * 400 that says what to send, one over its limit a 413 naming the setting, before a byte of it is read or parsed.
 */
public final class Uploads {

    /** A version file or a zipped story folder: {@code parallax.max-text-size}. */
    public static final String TEXT_LIMIT = "parallax.max-text-size";
    /** An aligned file or a zip of many stories: {@code parallax.exchange.max-import-size}. */
    public static final String IMPORT_LIMIT = "parallax.exchange.max-import-size";

    private Uploads() {
    }

    /** A version file or a zipped story folder sent as the request body. */
    public static byte[] body(byte[] body, ParallaxConfig config) {
        return body(body, config.maxTextSize().asLongValue(), TEXT_LIMIT, "The request has no file in its body.");
    }

    /** A request body of at most {@code max} bytes ({@code setting} names the limit); {@code empty} says what to send. */
    public static byte[] body(byte[] body, long max, String setting, String empty) {
        if (body == null || body.length == 0) {
            throw ApiException.badRequest("Empty upload", empty);
        }
        checkSize(body.length, max, setting);
        return body;
    }

    /** A file from a form, at most {@code max} bytes; {@code empty} says what to choose. */
    public static byte[] file(FileUpload file, long max, String setting, String empty) {
        if (file == null || file.size() == 0) {
            throw ApiException.badRequest("No file", empty);
        }
        checkSize(file.size(), max, setting);
        try {
            return Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw ApiException.badRequest("Unreadable upload", "The uploaded file could not be read; upload it again.");
        }
    }

    /** The one size check: a 413 that gives the size, the limit and the setting that sets it. */
    public static void checkSize(long size, long max, String setting) {
        if (size > max) {
            throw ApiException.tooLarge("The file is " + size + " bytes; the limit is " + max + " (" + setting + ").");
        }
    }

    /** How much a zipped story folder may inflate to: ten version files at the text limit. */
    public static long unzippedLimit(ParallaxConfig config) {
        return config.maxTextSize().asLongValue() * 10;
    }
}
