package dev.parallax.common.web;

import dev.parallax.common.ErrorBody;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Some refusals come from filters that answer with an empty body (the CSRF filter refuses a form post
 * without its token with a bare 400). Under /api every error carries {"error", "detail"}, so fill them in.
 */
public class EmptyErrorBodyFilter {

    @ServerResponseFilter
    public void fillEmptyApiErrors(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() < 400 || response.hasEntity() || !request.getUriInfo().getPath().startsWith("/api/")) {
            return;
        }
        ErrorBody body = response.getStatus() == 400 && isForm(request)
                ? new ErrorBody("CSRF token missing", "Form posts need the CSRF token of a page; API clients send JSON.")
                : new ErrorBody("Refused", "The request was refused with status " + response.getStatus() + ".");
        response.setEntity(body, null, MediaType.APPLICATION_JSON_TYPE);
    }

    private static boolean isForm(ContainerRequestContext request) {
        MediaType type = request.getMediaType();
        return type != null && (type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                || type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE));
    }
}
