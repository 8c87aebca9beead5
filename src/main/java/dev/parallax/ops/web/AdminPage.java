package dev.parallax.ops.web;

import dev.parallax.audit.AuditAction;
import dev.parallax.audit.AuditEvent;
import dev.parallax.audit.AuditLog;
import dev.parallax.common.ApiException;
import dev.parallax.story.Story;
import dev.parallax.story.Trash;
import dev.parallax.story.Version;
import dev.parallax.user.Role;
import dev.parallax.user.User;
import dev.parallax.user.UserService;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
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

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Supplier;

/** Admins' page: users and their roles, and the trash of deleted stories and versions. */
@Path("/admin")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.ADMIN_NAME)
public class AdminPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance admin(List<User> users, List<String> roles, List<Story> deletedStories,
                                             List<Version> deletedVersions, int retentionDays, long failedSignIns,
                                             List<AuditEvent> recentFailures, String error);

        static native TemplateInstance confirmDeleteUser(User user);
    }

    static final List<String> ROLES = java.util.Arrays.stream(Role.values()).map(Role::label).toList();

    @Inject
    UserService users;
    @Inject
    Trash trash;
    @Inject
    dev.parallax.common.ParallaxConfig config;
    @Inject
    AuditLog audit;

    @GET
    public TemplateInstance admin() {
        return page(null);
    }

    @POST
    @Path("users")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response createUser(@RestForm String username, @RestForm String password, @RestForm String role) {
        return act(() -> users.create(username, password, role), "Created the user " + username + " (" + role + ").");
    }

    @POST
    @Path("users/{username}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response updateUser(@PathParam("username") String username, @RestForm String role, @RestForm String password) {
        boolean newPassword = password != null && !password.isBlank();
        return act(() -> users.update(username, role == null || role.isBlank() ? null : role, newPassword ? password : null),
                "Saved " + username + (newPassword ? ", with a new password." : "."));
    }

    /** Deleting a user asks first. */
    @GET
    @Path("users/{username}/delete")
    public TemplateInstance confirmDeleteUser(@PathParam("username") String username) {
        return Templates.confirmDeleteUser(users.user(username));
    }

    @POST
    @Path("users/{username}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response deleteUser(@PathParam("username") String username) {
        return act(() -> {
            users.delete(username);
            return null;
        }, "Deleted the user " + username + ".");
    }

    @POST
    @Path("trash/stories/{id}/restore")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response restoreStory(@PathParam("id") long id) {
        return act(() -> trash.restoreStory(id), "Restored the story.");
    }

    @POST
    @Path("trash/versions/{id}/restore")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response restoreVersion(@PathParam("id") long id) {
        return act(() -> trash.restoreVersion(id), "Restored the version.");
    }

    private Response act(Supplier<?> action, String done) {
        try {
            action.get();
            return dev.parallax.common.web.Flash.seeOther("/admin", done);
        } catch (ApiException e) {
            return Response.status(e.status()).entity(page(e.message())).build();
        }
    }

    private TemplateInstance page(String error) {
        AuditLog.Filter failures = new AuditLog.Filter(null, AuditAction.SIGN_IN_FAILED.key(), LocalDate.now(ZoneOffset.UTC).minusDays(1), null, null);
        return Templates.admin(users.list(), ROLES, trash.stories(), trash.versions(), config.trashRetentionDays(),
                audit.count(failures), audit.search(failures, 0, 5), error);
    }
}
