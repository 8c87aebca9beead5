package dev.parallax.user.auth;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** An API token sent as {@code Authorization: Bearer …}. */
public class TokenAuthenticationRequest extends BaseAuthenticationRequest {

    private final String token;

    public TokenAuthenticationRequest(String token) {
        this.token = token;
    }

    public String token() {
        return token;
    }
}
