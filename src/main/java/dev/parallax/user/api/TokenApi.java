package dev.parallax.user.api;

import dev.parallax.common.ApiException;
import dev.parallax.user.ApiToken;
import dev.parallax.user.ApiTokenService;
import dev.parallax.user.Role;
import dev.parallax.user.auth.Identities;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The signed-in user's own API tokens. Creating one needs the password (HTTP Basic) or the sign-in session:
 * a token cannot make more tokens, so a leaked one cannot outlive its expiry.
 */
@Path("/api/tokens")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.VIEWER_NAME)
public class TokenApi {

    public record TokenJson(long id, String name, String prefix, String status, OffsetDateTime createdAt,
                            OffsetDateTime expiresAt, OffsetDateTime lastUsedAt, OffsetDateTime revokedAt) {
        public static TokenJson of(ApiToken t) {
            return new TokenJson(t.id, t.name, t.prefix, t.status(), t.createdAt, t.expiresAt, t.lastUsedAt, t.revokedAt);
        }
    }

    /** The answer to a creation: the only time {@code token} is ever shown. */
    public record CreatedJson(long id, String name, String token, String prefix, OffsetDateTime createdAt, OffsetDateTime expiresAt) {
    }

    public record NewToken(String name, Integer expiresInDays) {
    }

    @Inject
    ApiTokenService tokens;
    @Inject
    SecurityIdentity identity;

    @GET
    public List<TokenJson> list() {
        return tokens.list(username()).stream().map(TokenJson::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@NotNull(message = "Send \\{\"name\": \"…\", \"expiresInDays\": 90\\}.") NewToken body) {
        if (Identities.viaToken(identity)) {
            throw new ApiException(403, "Password needed", "Create tokens with your password (HTTP Basic) or on /account/tokens, not with a token.");
        }
        ApiTokenService.Created created = tokens.create(username(), body.name(), body.expiresInDays());
        ApiToken t = created.token();
        return Response.created(URI.create("/api/tokens/" + t.id))
                .header("Cache-Control", "no-store")
                .entity(new CreatedJson(t.id, t.name, created.secret(), t.prefix, t.createdAt, t.expiresAt)).build();
    }

    @DELETE
    @Path("{id}")
    public Response revoke(@PathParam("id") long id) {
        tokens.revoke(username(), id);
        return Response.noContent().build();
    }

    private String username() {
        return identity.getPrincipal().getName();
    }
}
