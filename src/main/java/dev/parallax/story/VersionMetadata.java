package dev.parallax.story;

import dev.parallax.common.ApiException;
import dev.parallax.text.LanguageTags;
import dev.parallax.text.MalformedTextException;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Parses and validates the metadata fields of a version; every failure is a 400 naming the field. */
final class VersionMetadata {

    static final int MAX_OUTLET = 300;
    static final int MAX_TITLE = 1000;
    static final int MAX_URL = 2000;

    private VersionMetadata() {
    }

    static String outlet(String value) {
        if (value == null || value.isBlank()) {
            throw ApiException.badRequest("Invalid outlet", "A version needs an outlet (who published or translated it).");
        }
        return limit(value.strip(), MAX_OUTLET, "outlet");
    }

    static String language(String value) {
        try {
            return LanguageTags.canonical(value);
        } catch (MalformedTextException e) {
            throw ApiException.badRequest(e.error(), e.detail());
        }
    }

    static String title(String value) {
        return value == null || value.isBlank() ? null : limit(value.strip(), MAX_TITLE, "title");
    }

    static String sourceUrl(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String url = value.strip();
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw ApiException.badRequest("Invalid source URL",
                        "'" + value + "' is not an absolute http(s) address such as https://sana.sy/en/?p=123.");
            }
        } catch (URISyntaxException e) {
            throw ApiException.badRequest("Invalid source URL", "'" + value + "' is not a valid address: " + e.getReason() + ".");
        }
        return limit(url, MAX_URL, "source URL");
    }

    /** An ISO date (2022-05-08); an ISO date-time is accepted and reduced to its date. */
    static LocalDate publishedAt(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException notADate) {
            try {
                return OffsetDateTime.parse(v).toLocalDate();
            } catch (DateTimeParseException notADateTime) {
                throw ApiException.badRequest("Invalid date", "'" + value + "' is not an ISO date such as 2022-05-08.");
            }
        }
    }

    private static String limit(String value, int max, String field) {
        if (value.length() > max) {
            throw ApiException.badRequest("Invalid " + field, "The " + field + " is longer than " + max + " characters.");
        }
        return value;
    }
}
