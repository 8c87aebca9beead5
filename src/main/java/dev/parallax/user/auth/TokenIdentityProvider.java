package dev.parallax.user.auth;

import dev.parallax.user.ApiTokenService;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Turns a valid API token into its user's identity, with the user's current roles: from memory when the token was
 * verified recently (on the I/O thread, no worker thread, no query), else from the database on a worker thread.
 */
@ApplicationScoped
public class TokenIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {

    @Inject
    ApiTokenService tokens;

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        ApiTokenService.TokenUser known = tokens.remembered(request.token());
        if (known != null) {
            return Uni.createFrom().item(Identities.of(known.username(), known.roles(), Identities.VIA_TOKEN));
        }
        return context.runBlocking(() -> {
            ApiTokenService.TokenUser user = tokens.authenticate(request.token());
            return Identities.of(user.username(), user.roles(), Identities.VIA_TOKEN);
        });
    }
}
