package dev.parallax.user.api;

import dev.parallax.user.Role;
import dev.parallax.user.User;
import dev.parallax.user.UserService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.List;

/** Users and their roles: admins only. Passwords go in, never out. */
@Path("/api/users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_NAME)
public class UserApi {

    public record UserJson(String username, String role) {
        static UserJson of(User u) {
            return new UserJson(u.username, u.role);
        }
    }

    public record UserRequest(String username, String password, String role) {
    }

    @Inject
    UserService users;

    @GET
    public List<UserJson> list() {
        return users.list().stream().map(UserJson::of).toList();
    }

    @POST
    public Response create(@NotNull(message = "Send \\{\"username\", \"password\", \"role\"\\}.") UserRequest body) {
        User user = users.create(body.username(), body.password(), body.role());
        return Response.created(URI.create("/api/users/" + user.username)).entity(UserJson.of(user)).build();
    }

    @PATCH
    @Path("{username}")
    public UserJson update(@PathParam("username") String username, @NotNull(message = "Send \\{\"role\"\\} and/or \\{\"password\"\\}.") UserRequest body) {
        return UserJson.of(users.update(username, body.role(), body.password()));
    }

    @DELETE
    @Path("{username}")
    public Response delete(@PathParam("username") String username) {
        users.delete(username);
        return Response.noContent().build();
    }
}
