package dev.parallax.common.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import static dev.parallax.common.web.Flash.COOKIE;

/** Clears the {@link Flash} message once a whole page has been rendered with it. */
public class FlashFilter {

    /** Not for htmx fragments, which do not show it, nor for a response that sets a new message. */
    @ServerResponseFilter
    public void clearShown(ContainerRequestContext request, ContainerResponseContext response) {
        if (!request.getCookies().containsKey(COOKIE) || response.getStatus() != 200 || response.getCookies().containsKey(COOKIE)) {
            return;
        }
        MediaType type = response.getMediaType();
        boolean fragment = Htmx.wantsFragment(request.getHeaderString(Htmx.REQUEST), request.getHeaderString(Htmx.BOOSTED));
        if (type != null && type.isCompatible(MediaType.TEXT_HTML_TYPE) && !fragment) {
            response.getHeaders().add("Set-Cookie", new NewCookie.Builder(COOKIE).value("").path("/").maxAge(0).httpOnly(true)
                    .sameSite(NewCookie.SameSite.LAX).build());
        }
    }
}
