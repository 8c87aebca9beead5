package dev.parallax.story.api;

import dev.parallax.common.ApiException;
import dev.parallax.common.ParallaxConfig;

/** Checks shared by every upload endpoint. */
final class Uploads {

    private Uploads() {
    }

    static void checkSize(byte[] body, ParallaxConfig config) {
        if (body == null || body.length == 0) {
            throw ApiException.badRequest("Empty upload", "The request has no file in its body.");
        }
        long max = config.maxTextSize().asLongValue();
        if (body.length > max) {
            throw ApiException.tooLarge("The upload is " + body.length + " bytes; the limit is " + max + " (parallax.max-text-size).");
        }
    }
}
