package dev.parallax.user.web;

import dev.parallax.audit.AuditAction;
import dev.parallax.audit.AuditLog;
import dev.parallax.user.CurrentUser;
import dev.parallax.user.Sessions;
import dev.parallax.user.SignInOutcome;
import io.quarkus.qute.CheckedTemplate;
import jakarta.inject.Inject;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import java.net.URI;

/** Sign in (a form posted to Quarkus' j_security_check) and sign out (which ends the user's sessions in every browser). */
@Path("/")
public class LoginPage {

    static final String CREDENTIAL_COOKIE = SignInOutcome.CREDENTIAL_COOKIE;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(boolean error);

        static native TemplateInstance logout();
    }

    @Inject
    AuditLog audit;
    @Inject
    CurrentUser user;
    @Inject
    Sessions sessions;

    @GET
    @Path("login")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance login(@QueryParam("error") boolean error) {
        return Templates.login(error);
    }

    /** A confirmation form: signing out changes state, so it is a POST with the CSRF token. */
    @GET
    @Path("logout")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance confirmLogout() {
        return Templates.logout();
    }

    @POST
    @Path("logout")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response logout(@Context HttpServerRequest request) {
        if (user.isSignedIn()) {
            int ended = sessions.endAll(user.name());
            audit.record(AuditAction.SIGN_OUT, "user " + user.name(), ended + (ended == 1 ? " session" : " sessions") + " ended");
        }
        return Response.seeOther(URI.create("/")).cookie(expired(CREDENTIAL_COOKIE, request), expired(Sessions.COOKIE, request)).build();
    }

    private static NewCookie expired(String name, HttpServerRequest request) {
        return new NewCookie.Builder(name).path("/").maxAge(0).value("").httpOnly(true)
                .secure(request.isSSL()).sameSite(NewCookie.SameSite.STRICT).build();
    }
}
