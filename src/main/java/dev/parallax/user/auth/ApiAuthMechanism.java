package dev.parallax.user.auth;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.common.ErrorBody;
import dev.parallax.user.CredentialRejected;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.credential.PasswordCredential;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;

/**
 * How API requests sign in ({@code quarkus.http.auth.permission.api.auth-mechanism=api}): an API token as
 * {@code Authorization: Bearer pxt_…}, or a user name and password as HTTP Basic. No header is an anonymous
 * request (reads are open); a header that fails answers 401 with {@code {"error", "detail"}} saying why.
 */
@ApplicationScoped
public class ApiAuthMechanism implements HttpAuthenticationMechanism {

    public static final String SCHEME = "api";
    static final String CHALLENGE = "Bearer realm=\"Parallax\", Basic realm=\"Parallax\"";

    @Inject
    ObjectMapper json;

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        String header = context.request().getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || header.isBlank()) {
            return Uni.createFrom().nullItem();
        }
        String value = header.strip();
        int space = value.indexOf(' ');
        String scheme = space < 0 ? value : value.substring(0, space);
        String credential = space < 0 ? "" : value.substring(space + 1).strip();
        AuthenticationRequest request;
        if (scheme.equalsIgnoreCase("Bearer")) {
            request = new TokenAuthenticationRequest(credential);
        } else if (scheme.equalsIgnoreCase("Basic")) {
            String decoded;
            try {
                decoded = new String(Base64.getDecoder().decode(credential), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                decoded = "";
            }
            int colon = decoded.indexOf(':');
            if (colon <= 0) {
                return Uni.createFrom().failure(CredentialRejected.of("Malformed Basic credentials",
                        "Send 'Authorization: Basic' with base64 of 'user:password'."));
            }
            request = new UsernamePasswordAuthenticationRequest(decoded.substring(0, colon),
                    new PasswordCredential(decoded.substring(colon + 1).toCharArray()));
        } else {
            return Uni.createFrom().failure(CredentialRejected.of("Unsupported authorization",
                    "Send 'Authorization: Bearer <API token>' or HTTP Basic; '" + abbreviate(scheme) + "' is not supported."));
        }
        HttpSecurityUtils.setRoutingContextAttribute(request, context);
        return identityProviderManager.authenticate(request);
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", CHALLENGE));
    }

    /** The 401 with a body that says what was wrong with the credential (never a library's message). */
    @Override
    public Uni<Boolean> sendChallenge(RoutingContext context) {
        if (context.response().ended()) {
            return Uni.createFrom().item(true);
        }
        AuthenticationFailedException failure = HttpSecurityUtils.getAuthenticationFailureFromEvent(context);
        ErrorBody body = CredentialRejected.error(failure) != null
                ? new ErrorBody(CredentialRejected.error(failure), CredentialRejected.detail(failure))
                : new ErrorBody("Not signed in", "Send an API token ('Authorization: Bearer …') or HTTP Basic credentials.");
        String text;
        try {
            text = json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            text = "{\"error\":\"Not signed in\",\"detail\":\"\"}";
        }
        context.response().setStatusCode(401)
                .putHeader("WWW-Authenticate", CHALLENGE)
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                .end(text);
        return Uni.createFrom().item(true);
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(TokenAuthenticationRequest.class, UsernamePasswordAuthenticationRequest.class);
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return Uni.createFrom().item(new HttpCredentialTransport(HttpCredentialTransport.Type.AUTHORIZATION, SCHEME));
    }

    private static String abbreviate(String scheme) {
        String clean = scheme.replaceAll("[^A-Za-z0-9_-]", "");
        return clean.length() > 20 ? clean.substring(0, 20) : clean;
    }
}
