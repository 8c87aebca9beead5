package dev.parallax.user.api;

import dev.parallax.user.CurrentUser;
import dev.parallax.user.Role;
import dev.parallax.user.UserService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The signed-in user's own account: changing their password. */
@Path("/api/account")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.VIEWER_NAME)
public class AccountApi {

    public record PasswordChange(String current, String password) {
    }

    @Inject
    UserService users;
    @Inject
    CurrentUser user;

    @POST
    @Path("password")
    public Response changePassword(@NotNull(message = "Send \\{\"current\", \"password\"\\}.") PasswordChange body) {
        users.changeOwnPassword(user.name(), body.current(), body.password());
        return Response.noContent().build();
    }
}
