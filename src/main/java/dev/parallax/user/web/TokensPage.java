package dev.parallax.user.web;

import dev.parallax.common.ApiException;
import dev.parallax.user.ApiToken;
import dev.parallax.user.ApiTokenService;
import dev.parallax.user.Role;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;

import java.net.URI;
import java.util.List;

/** The signed-in user's API tokens: make one (its secret shown once), see when each was last used, revoke. */
@Path("/account/tokens")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.VIEWER_NAME)
public class TokensPage {

    static final List<Integer> EXPIRY_DAYS = List.of(7, 30, 90, 180, 366);

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance tokens(List<ApiToken> tokens, List<Integer> expiryDays, ApiTokenService.Created created,
                                              String error, String name, int days);
    }

    @Inject
    ApiTokenService tokens;
    @Inject
    SecurityIdentity identity;

    @GET
    public TemplateInstance page() {
        return page(null, null, "", ApiTokenService.DEFAULT_DAYS);
    }

    /** Answers with the page itself (no redirect): the secret is in this response and nowhere else. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@RestForm String name, @RestForm String days) {
        Integer validDays = null;
        try {
            validDays = days == null || days.isBlank() ? null : Integer.valueOf(days.strip());
            ApiTokenService.Created created = tokens.create(username(), name, validDays);
            return Response.ok(page(created, null, "", ApiTokenService.DEFAULT_DAYS)).header("Cache-Control", "no-store").build();
        } catch (NumberFormatException e) {
            return Response.status(400).entity(page(null, "Invalid expiry: choose how many days the token lives.", name, ApiTokenService.DEFAULT_DAYS)).build();
        } catch (ApiException e) {
            return Response.status(e.status()).entity(page(null, e.message(), name,
                    validDays == null ? ApiTokenService.DEFAULT_DAYS : validDays)).build();
        }
    }

    @POST
    @Path("{id}/revoke")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response revoke(@PathParam("id") long id) {
        try {
            tokens.revoke(username(), id);
            return Response.seeOther(URI.create("/account/tokens")).build();
        } catch (ApiException e) {
            return Response.status(e.status()).entity(page(null, e.message(), "", ApiTokenService.DEFAULT_DAYS)).build();
        }
    }

    private TemplateInstance page(ApiTokenService.Created created, String error, String name, int days) {
        return Templates.tokens(tokens.list(username()), EXPIRY_DAYS, created, error, name, days);
    }

    private String username() {
        return identity.getPrincipal().getName();
    }
}
