package dev.parallax.common.web;

import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Puts the security headers on every response the server sends — pages, the API, error pages, redirects of the
 * sign-in, static files and webjars alike — by hooking the first route of the router, before authentication.
 *
 * <p>The Content-Security-Policy allows scripts, styles, images, fonts and requests from this origin only: no
 * inline script, no inline style, no {@code eval}, no plugin, no framing ({@code frame-ancestors 'none'}), forms
 * posting only here. Templates therefore carry no {@code <script>} body, {@code style=""} or {@code on…=}
 * handler: behaviour lives in files under {@code META-INF/resources/js}, looks in {@code css}. HSTS is sent only
 * when the request came over HTTPS (directly, or through a proxy trusted by {@code quarkus.http.proxy.*}).
 */
@ApplicationScoped
public class SecurityHeaders {

    public static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self'",
            "font-src 'self'",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'none'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    public static final String PERMISSIONS_POLICY = "accelerometer=(), camera=(), geolocation=(), gyroscope=(), "
            + "magnetometer=(), microphone=(), payment=(), usb=()";

    /** One year; sent on HTTPS responses only, so a plain-HTTP evaluation install never pins browsers to HTTPS. */
    public static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000";

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::addOnHeadersEnd);
    }

    private void addOnHeadersEnd(RoutingContext context) {
        context.addHeadersEndHandler(ignored -> apply(context.response().headers(), context.request().isSSL()));
        context.next();
    }

    static void apply(MultiMap headers, boolean https) {
        headers.set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        headers.set("X-Frame-Options", "DENY");
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", "same-origin");
        headers.set("Permissions-Policy", PERMISSIONS_POLICY);
        headers.set("Cross-Origin-Opener-Policy", "same-origin");
        headers.set("Cross-Origin-Resource-Policy", "same-origin");
        if (https) {
            headers.set("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
        }
    }
}
