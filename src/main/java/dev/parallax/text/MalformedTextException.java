package dev.parallax.text;

/**
 * Text the pure core cannot read (a language tag that is not one, front matter that does not parse), with a short
 * {@code error} and a {@code detail} naming what is wrong. It knows nothing of HTTP: the feature that asked turns it
 * into its answer (a 400 for a request, an inline message on a page, a skipped file in a bulk import).
 */
public class MalformedTextException extends IllegalArgumentException {

    private final String error;
    private final String detail;

    public MalformedTextException(String error, String detail) {
        super(error + ": " + detail);
        this.error = error;
        this.detail = detail;
    }

    public String error() {
        return error;
    }

    public String detail() {
        return detail;
    }
}
