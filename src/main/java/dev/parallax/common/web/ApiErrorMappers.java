package dev.parallax.common.web;

import dev.parallax.common.ApiException;
import dev.parallax.common.ErrorBody;
import dev.parallax.common.JsonErrors;
import dev.parallax.text.MalformedTextException;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.Comparator;

/**
 * Turns every refused request into {@code {"error", "detail"}} under /api, and into a readable error page
 * elsewhere, so neither a script nor a person ever gets an empty body or a stack trace.
 */
public class ApiErrorMappers {

    private static final Logger LOG = Logger.getLogger(ApiErrorMappers.class);

    @Inject
    @Location("error.html")
    Template errorPage;

    /** What an htmx request that failed gets: one short message, shown in the page's message area. */
    @Inject
    @Location("errorFragment.html")
    Template errorFragment;

    /** A refused request; under /api with the exception's own body (a stale save's 409 carries the current paragraph). */
    @ServerExceptionMapper
    public Response apiException(ApiException e, HttpServerRequest request) {
        if (isApi(request)) {
            return Response.status(e.status()).type(MediaType.APPLICATION_JSON_TYPE).entity(e.body()).build();
        }
        return respond(request, e.status(), e.error(), e.detail());
    }

    /** Text the pure core could not read that no feature turned into its own answer: still the user's input at fault. */
    @ServerExceptionMapper
    public Response malformedText(MalformedTextException e, HttpServerRequest request) {
        return respond(request, 400, e.error(), e.detail());
    }

    @ServerExceptionMapper
    public Response badJson(JsonProcessingException e, HttpServerRequest request) {
        return respond(request, 400, "Malformed JSON", JsonErrors.describe(e));
    }

    /** A body of the wrong shape (Quarkus would otherwise answer with Jackson's own field report). */
    @ServerExceptionMapper
    public Response badJsonShape(com.fasterxml.jackson.databind.exc.MismatchedInputException e, HttpServerRequest request) {
        return badJson(e, request);
    }

    /**
     * A request body that Bean Validation refused ({@code @NotNull}, {@code @Valid} on a resource's body): the first
     * violation by field, named, in the constraint's own message (every constraint on a body says its message in our
     * words; Hibernate Validator's are never shown). A missing body is "Empty body", its message saying what to send.
     */
    @ServerExceptionMapper
    public Response invalidBody(ConstraintViolationException e, HttpServerRequest request) {
        ConstraintViolation<?> first = e.getConstraintViolations().stream()
                .min(Comparator.comparing(v -> v.getPropertyPath().toString())).orElse(null);
        if (first == null || !isRequestViolation(first.getPropertyPath())) {
            return unexpected(e, request); // a return value or a service's own constraint: our fault, not the request's
        }
        String field = field(first.getPropertyPath());
        if (field.isEmpty()) {
            return respond(request, 400, "Empty body", first.getMessage());
        }
        String leaf = field.substring(field.lastIndexOf('.') + 1).replaceAll("\\[.*", "");
        return respond(request, 400, "Invalid " + leaf, field + ": " + first.getMessage() + ".");
    }

    /** A violation on a resource method's parameter (method, parameter, then the fields inside it). */
    private static boolean isRequestViolation(Path path) {
        int i = 0;
        for (Path.Node node : path) {
            if (i == 0 && node.getKind() != ElementKind.METHOD || i == 1 && node.getKind() != ElementKind.PARAMETER) {
                return false;
            }
            i++;
        }
        return i >= 2;
    }

    /** The field inside the body as the client wrote it ({@code paragraphs[1].index}), empty for the body itself. */
    static String field(Path path) {
        StringBuilder field = new StringBuilder();
        int i = 0;
        for (Path.Node node : path) {
            if (i++ < 2) {
                continue;
            }
            if (node.isInIterable()) {
                field.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey() != null ? node.getKey() : "").append(']');
            }
            if (node.getName() != null && !node.getName().startsWith("<")) {
                field.append(field.isEmpty() ? "" : ".").append(node.getName());
            }
        }
        return field.toString();
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, HttpServerRequest request) {
        int status = e.getResponse().getStatus();
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonProcessingException json) {
                return badJson(json, request);
            }
        }
        String error = switch (status) {
            case 404 -> "Not found";
            case 405 -> "Method not allowed";
            case 406 -> "Not acceptable";
            case 413 -> "Too large";
            case 415 -> "Unsupported media type";
            default -> Response.Status.fromStatusCode(status) == null ? "Error" : Response.Status.fromStatusCode(status).getReasonPhrase();
        };
        String detail = switch (status) {
            case 404 -> "Nothing at " + request.path() + ".";
            case 415 -> "This endpoint does not accept " + request.getHeader("Content-Type") + ".";
            default -> "The request was refused (" + status + ").";
        };
        return respond(request, status, error, detail);
    }

    @ServerExceptionMapper
    public Response unauthorized(io.quarkus.security.UnauthorizedException e, HttpServerRequest request) {
        if (!request.path().startsWith("/api/")) {
            if (isHtmxFragment(request)) {
                // a redirect would be followed and the whole sign-in page swapped into the paragraph
                return fragment(401, "Not signed in", "Your session has ended: sign in again (reload the page first to keep nothing unsaved).");
            }
            return Response.seeOther(java.net.URI.create("/login")).build();
        }
        return Response.status(401).type(MediaType.APPLICATION_JSON_TYPE)
                .header("WWW-Authenticate", "Bearer realm=\"Parallax\", Basic realm=\"Parallax\"")
                .entity(new ErrorBody("Not signed in", "Sign in to make changes: an API token ('Authorization: Bearer …') or HTTP Basic.")).build();
    }

    @ServerExceptionMapper
    public Response forbidden(io.quarkus.security.ForbiddenException e, HttpServerRequest request) {
        return respond(request, 403, "Forbidden", "Your role does not allow this change.");
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e, HttpServerRequest request) {
        if (e instanceof WebApplicationException wae) {
            return webApplication(wae, request);
        }
        LOG.error("Unexpected error on " + request.method() + " " + request.path(), e);
        return respond(request, 500, "Internal error", "The server failed on this request; nothing was saved. See the server log.");
    }

    private Response respond(HttpServerRequest request, int status, String error, String detail) {
        if (isApi(request)) {
            return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(new ErrorBody(error, detail)).build();
        }
        if (isHtmxFragment(request)) {
            return fragment(status, error, detail);
        }
        String html = errorPage.data("status", status).data("error", error).data("detail", detail).render();
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(html).build();
    }

    private static boolean isApi(HttpServerRequest request) {
        return request.path().startsWith("/api/") || request.path().equals("/api");
    }

    /** An htmx request that swaps a part of the page (a boosted one replaces the whole page and gets the page). */
    static boolean isHtmxFragment(HttpServerRequest request) {
        return Htmx.wantsFragment(request.getHeader(Htmx.REQUEST), request.getHeader(Htmx.BOOSTED));
    }

    /** The message alone, retargeted to the page's message area so that nothing else on the page is replaced. */
    private Response fragment(int status, String error, String detail) {
        String html = errorFragment.data("error", error).data("detail", detail).render();
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("HX-Retarget", "#messages").header("HX-Reswap", "innerHTML").entity(html).build();
    }
}
