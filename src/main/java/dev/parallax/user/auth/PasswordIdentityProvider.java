package dev.parallax.user.auth;

import dev.parallax.user.CredentialCache;
import dev.parallax.user.CredentialRejected;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * User name and password (HTTP Basic on the API, the sign-in form on pages), checked through
 * {@link CredentialCache} so a script's repeated Basic requests cost an HMAC and a map look-up, not a query and a
 * bcrypt verification.
 * It runs before the security-jpa provider (higher priority) and answers every request itself.
 */
@ApplicationScoped
public class PasswordIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    @Inject
    CredentialCache credentials;

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    /** Above the security-jpa provider's (the default priority, 1001): tried first. */
    @Override
    public int priority() {
        return SYSTEM_FIRST + 1000;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request, AuthenticationRequestContext context) {
        CredentialCache.Account known = credentials.remembered(request.getUsername(), request.getPassword().getPassword());
        if (known != null) { // verified recently and nothing changed since: no worker thread, no query, no bcrypt
            return Uni.createFrom().item(Identities.of(known.username(), known.roles(), Identities.VIA_PASSWORD));
        }
        return context.runBlocking(() -> {
            CredentialCache.Account account = credentials.check(request.getUsername(), request.getPassword().getPassword());
            if (account == null) {
                throw CredentialRejected.of("Wrong user name or password", "Check the user name and password sent with HTTP Basic.");
            }
            return Identities.of(account.username(), account.roles(), Identities.VIA_PASSWORD);
        });
    }
}
