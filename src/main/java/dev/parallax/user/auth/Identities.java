package dev.parallax.user.auth;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;

import java.util.Arrays;

/** Builds the identity of a signed-in user, noting how the request proved it. */
public final class Identities {

    /** Identity attribute: {@link #VIA_TOKEN} or {@link #VIA_PASSWORD}. */
    public static final String VIA = "parallax.via";
    public static final String VIA_TOKEN = "token";
    public static final String VIA_PASSWORD = "password";

    private Identities() {
    }

    static SecurityIdentity of(String username, String roles, String via) {
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(username))
                .addAttribute(VIA, via);
        Arrays.stream(roles.split(",")).map(String::strip).filter(r -> !r.isEmpty()).forEach(builder::addRole);
        return builder.build();
    }

    /** Whether the request was made with an API token (not a password or the sign-in cookie). */
    public static boolean viaToken(SecurityIdentity identity) {
        return identity != null && VIA_TOKEN.equals(identity.getAttribute(VIA));
    }
}
