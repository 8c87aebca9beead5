package dev.parallax.common.web;

import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The short status message a page shows after an action ("Story created."): a form post redirects with
 * the message in a short-lived cookie, the next page shows it in its message area ({@code #messages},
 * {@code {inject:flash.message}} in layout.html) and the cookie is cleared with that page. The message
 * is plain text, always escaped when shown; a stateless cookie works with any number of instances.
 */
@RequestScoped
@Named("flash")
public class Flash {

    public static final String COOKIE = "parallax-flash";
    private static final int MAX = 300;

    @Inject
    RoutingContext context;

    /** The message to show on this page, or null. */
    public String getMessage() {
        Cookie cookie = context == null ? null : context.request().getCookie(COOKIE);
        if (cookie == null || cookie.getValue() == null || cookie.getValue().isBlank()) {
            return null;
        }
        try {
            String message = URLDecoder.decode(cookie.getValue(), StandardCharsets.UTF_8).strip();
            return message.isEmpty() ? null : message.length() > MAX ? message.substring(0, MAX) : message;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A 303 to {@code location} that shows {@code message} there. */
    public static Response seeOther(String location, String message) {
        return Response.seeOther(URI.create(location)).cookie(cookie(message)).build();
    }

    public static NewCookie cookie(String message) {
        String value = URLEncoder.encode(message.length() > MAX ? message.substring(0, MAX) : message, StandardCharsets.UTF_8);
        return new NewCookie.Builder(COOKIE).value(value).path("/").maxAge(60).httpOnly(true)
                .sameSite(NewCookie.SameSite.LAX).build();
    }
}
