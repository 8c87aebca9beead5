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

    public static ApiException tooLarge(String detail) {
        return new ApiException(413, "Too large", detail);
    }

    public static ApiException unsupportedMedia(String detail) {
        return new ApiException(415, "Unsupported file type", detail);
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
}
