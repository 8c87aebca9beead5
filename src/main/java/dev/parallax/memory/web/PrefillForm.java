package dev.parallax.memory.web;

import dev.parallax.common.web.Flash;
import dev.parallax.memory.MemoryService;
import dev.parallax.user.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;

/** The translate page's "pre-fill from memory" button: exact approved matches into the empty paragraphs, then back. */
@Path("/versions/{v}/prefill")
public class PrefillForm {

    @Inject
    MemoryService service;

    @POST
    @RolesAllowed(Role.TRANSLATOR_NAME)
    public Response prefill(@PathParam("v") long version, @RestForm String back) {
        int filled = service.prefill(version).size();
        String to = back != null && back.startsWith("/stories/") && !back.startsWith("//") ? back : "/";
        return Flash.seeOther(to, filled == 0 ? "No empty paragraph has an exact approved match in the memory."
                : "Pre-filled " + filled + " paragraph" + (filled == 1 ? "" : "s") + " from the memory's exact approved matches (as drafts).");
    }
}
