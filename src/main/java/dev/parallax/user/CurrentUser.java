package dev.parallax.user;

import io.quarkus.arc.Arc;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * Who is acting, for revisions and for templates ("{inject:user.canEdit}"). Outside a request (the
 * startup import) the actor is "system".
 */
@ApplicationScoped
@Named("user")
public class CurrentUser {

    public static final String SYSTEM = "system";

    private SecurityIdentity identity() {
        if (!Arc.container().requestContext().isActive()) {
            return null;
        }
        SecurityIdentity identity = Arc.container().instance(SecurityIdentity.class).get();
        return identity == null || identity.isAnonymous() ? null : identity;
    }

    /** The signed-in user's name, or "system" when no one is (startup work). */
    public String name() {
        SecurityIdentity identity = identity();
        if (identity == null) {
            // a background job acts for the user who started it
            String acting = dev.parallax.common.Jobs.actingUser();
            return acting != null ? acting : SYSTEM;
        }
        return identity.getPrincipal().getName();
    }

    public boolean isSignedIn() {
        return identity() != null;
    }

    public boolean has(String role) {
        SecurityIdentity identity = identity();
        return identity != null && identity.hasRole(role);
    }

    public boolean isCanTranslate() {
        return has(Role.TRANSLATOR_NAME);
    }

    public boolean isCanEdit() {
        return has(Role.EDITOR_NAME);
    }

    public boolean isAdmin() {
        return has(Role.ADMIN_NAME);
    }

    public String getName() {
        return isSignedIn() ? name() : "";
    }
}
