package dev.parallax.intake;

/**
 * A page as fetched: the address it was finally read from (after redirects), its HTML (null when the
 * site answered 304 Not Modified) and the validators for the next conditional request.
 */
public record FetchedPage(String url, String html, String etag, String lastModified, boolean notModified) {
}
