package dev.parallax.user;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Map;

/**
 * Runs on every successful authentication. A password that {@link SignInGuard} let through matched: tell it, and for
 * the sign-in form start a server-side session ({@link Sessions}) whose token goes in a second HttpOnly cookie. A
 * request signed in by the form's cookie must carry a live session of the same user, or it is not signed in: both
 * cookies are cleared and the sign-in page asked for — so signing out ends the session in every browser.
 */
@ApplicationScoped
public class SignInOutcome implements SecurityIdentityAugmentor {

    /** Quarkus' form-authentication cookie (quarkus.http.auth.form.cookie-name). */
    public static final String CREDENTIAL_COOKIE = "quarkus-credential";

    @Inject
    SignInGuard guard;
    @Inject
    Sessions sessions;

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        return Uni.createFrom().item(identity);
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context, Map<String, Object> attributes) {
        if (identity.isAnonymous() || !(attributes.get(HttpSecurityUtils.ROUTING_CONTEXT_ATTRIBUTE) instanceof RoutingContext http)) {
            return Uni.createFrom().item(identity);
        }
        String username = identity.getPrincipal().getName();
        SignInGuard.Attempt attempt = guard.succeeded(http, identity);
        if (attempt != null) {
            if (attempt.mechanism().equals("form")) {
                return context.runBlocking(() -> {
                    http.response().addCookie(sessionCookie(http, sessions.start(username), -1));
                    return identity;
                });
            }
            return Uni.createFrom().item(identity);
        }
        if (http.normalizedPath().startsWith("/api/") || http.request().getCookie(CREDENTIAL_COOKIE) == null) {
            return Uni.createFrom().item(identity); // API Basic: no session to check
        }
        Cookie cookie = http.request().getCookie(Sessions.COOKIE);
        String token = cookie == null ? null : cookie.getValue();
        Boolean cached = sessions.checkCached(token, username);
        if (cached != null) {
            return cached ? Uni.createFrom().item(identity) : ended(http);
        }
        return context.runBlocking(() -> sessions.checkStored(token, username) ? identity : null)
                .onItem().ifNull().switchTo(() -> ended(http));
    }

    /** The session was signed out (here or in another browser) or expired: forget both cookies, ask to sign in. */
    private static Uni<SecurityIdentity> ended(RoutingContext http) {
        http.response().addCookie(sessionCookie(http, "", 0));
        http.response().addCookie(expired(http, CREDENTIAL_COOKIE));
        return Uni.createFrom().failure(new AuthenticationFailedException("the session was ended"));
    }

    static Cookie sessionCookie(RoutingContext http, String value, long maxAge) {
        Cookie c = Cookie.cookie(Sessions.COOKIE, value).setPath("/").setHttpOnly(true).setSameSite(CookieSameSite.STRICT)
                .setSecure(http.request().isSSL());
        if (maxAge >= 0) {
            c.setMaxAge(maxAge);
        }
        return c;
    }

    private static Cookie expired(RoutingContext http, String name) {
        return Cookie.cookie(name, "").setPath("/").setMaxAge(0).setHttpOnly(true).setSameSite(CookieSameSite.STRICT)
                .setSecure(http.request().isSSL());
    }
}
