package dev.parallax.user;

import io.quarkus.security.AuthenticationFailedException;

import java.util.Map;

/**
 * A credential the API refuses (a malformed, unknown, expired or revoked token; a wrong password), with a
 * message in our own words: the API answers 401 with {@code {"error", "detail"}} made of these two, carried
 * as attributes of Quarkus' (final) {@link AuthenticationFailedException}.
 */
public final class CredentialRejected {

    static final String ERROR = "parallax.error";
    static final String DETAIL = "parallax.detail";

    private CredentialRejected() {
    }

    public static AuthenticationFailedException of(String error, String detail) {
        return new AuthenticationFailedException(error + ": " + detail, Map.of(ERROR, error, DETAIL, detail));
    }

    /** The error title of a failure made by {@link #of}, else null. */
    public static String error(AuthenticationFailedException e) {
        return e == null ? null : e.getAttribute(ERROR);
    }

    public static String detail(AuthenticationFailedException e) {
        return e == null ? null : e.getAttribute(DETAIL);
    }
}
