package dev.parallax.common;

/**
 * A request the application refuses, with the HTTP status it deserves and a message a person can act on.
 * The API renders it as {@code {"error": ..., "detail": ...}}; pages render it inline next to the form.
 */
public class ApiException extends RuntimeException {

    private final int status;
    private final String error;
    private final String detail;

    public ApiException(int status, String error, String detail) {
        super(error + (detail == null ? "" : ": " + detail));
        this.status = status;
        this.error = error;
        this.detail = detail;
    }

    public static ApiException badRequest(String error, String detail) {
        return new ApiException(400, error, detail);
    }

    public static ApiException notFound(String what, Object id) {
        return new ApiException(404, what + " not found", "No " + what.toLowerCase() + " has the id " + id + ".");
    }

    public static ApiException conflict(String error, String detail) {
        return new ApiException(409, error, detail);
    }

    /**
     * A Word file the reader could not open. The library's own message (Apache POI's, say) is never shown: it
     * speaks of its internals, not of what the user can do.
     */
    public static ApiException unreadableDocx(String what, Throwable cause) {
        String message = String.valueOf(cause.getMessage()).toLowerCase(java.util.Locale.ROOT);
        String why = message.contains("zip bomb") || message.contains("max") && message.contains("length")
                ? " it unpacks to more than a Word document of its size can hold, so it was not read."
                : message.contains("encrypt") || message.contains("password")
                ? " it is password-protected; save it without a password and upload it again."
                : " it is damaged or in another format; save it as .docx from Word or LibreOffice and try again.";
        return badRequest("Unreadable DOCX", what + " is not a readable Word document:" + why);
    }

    public static ApiException tooLarge(String detail) {
        return new ApiException(413, "Too large", detail);
    }

    public static ApiException unsupportedMedia(String detail) {
        return new ApiException(415, "Unsupported file type", detail);
    }

    /** What a page shows inline above the form (formError.html): "error: detail", or the error alone. */
    public String message() {
        return detail == null ? error : error + ": " + detail;
    }

    public int status() {
        return status;
    }

    public String error() {
        return error;
    }

    public String detail() {
        return detail;
    }

    /**
     * What the API sends as the body: {@code {"error","detail"}}. A refusal that has more to say (a stale save carries
     * the paragraph as it now stands) overrides this, so the error mappers need not know every feature's exceptions.
     */
    public Object body() {
        return new ErrorBody(error, detail);
    }
}
