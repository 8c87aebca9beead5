package dev.parallax.user.web;

import dev.parallax.common.ErrorBody;
import dev.parallax.user.CurrentUser;
import dev.parallax.user.UserService;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.net.URI;
import java.util.Optional;
import java.util.Set;

/**
 * A user whose password was generated (the first admin) must choose their own before anything else: every page
 * sends them to /account/password, every API call answers 403 saying so, until they do.
 */
public class PasswordChangeFilter {

    static final Set<String> ALLOWED = Set.of("/account/password", "/api/account/password", "/logout", "/login");

    @Inject
    UserService users;
    @Inject
    CurrentUser user;

    @ServerRequestFilter
    public Optional<Response> requirePasswordChange(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (ALLOWED.contains(path) || !user.isSignedIn() || !users.mustChangePassword(user.name())) {
            return Optional.empty();
        }
        if (path.startsWith("/api/")) {
            return Optional.of(Response.status(403).type(MediaType.APPLICATION_JSON_TYPE).entity(new ErrorBody("Password change required",
                    "This account's password was generated; choose your own first: POST /api/account/password {\"current\", \"password\"}."))
                    .build());
        }
        return Optional.of(Response.seeOther(URI.create("/account/password")).build());
    }
}
