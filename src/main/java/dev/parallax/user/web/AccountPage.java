package dev.parallax.user.web;

import dev.parallax.common.ApiException;
import dev.parallax.user.CurrentUser;
import dev.parallax.user.Role;
import dev.parallax.user.UserService;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;

import java.net.URI;

/** Every signed-in user changes their own password here (the current one required). */
@Path("/account/password")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.VIEWER_NAME)
public class AccountPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance password(boolean required, boolean changed, String error);
    }

    @Inject
    UserService users;
    @Inject
    CurrentUser user;

    @GET
    public TemplateInstance form(@QueryParam("changed") boolean changed) {
        return Templates.password(users.mustChangePassword(user.name()), changed, null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response change(@RestForm String current, @RestForm("new") String replacement, @RestForm String repeat) {
        try {
            if (replacement == null || !replacement.equals(repeat)) {
                throw ApiException.badRequest("Passwords differ", "The new password and its repetition are not the same.");
            }
            users.changeOwnPassword(user.name(), current, replacement);
            return Response.seeOther(URI.create("/account/password?changed=true")).build();
        } catch (ApiException e) {
            return Response.status(e.status())
                    .entity(Templates.password(users.mustChangePassword(user.name()), false, e.message())).build();
        }
    }
}
