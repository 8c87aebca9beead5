package dev.parallax.ops;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Shapes the generated OpenAPI document ({@code /q/openapi}, Swagger UI at {@code /q/swagger-ui}) into the API's
 * reference: only the {@code /api} routes (pages are not an API), and on each route the error answers it can
 * give, every one the {@code {"error","detail"}} body of the README.
 */
public class ApiDocFilter implements OASFilter {

    static final String ERROR_SCHEMA = "Error";

    @Override
    public void filterOpenAPI(OpenAPI api) {
        if (api.getComponents() == null) {
            api.setComponents(OASFactory.createComponents());
        }
        api.getComponents().addSchema(ERROR_SCHEMA, OASFactory.createSchema()
                .type(List.of(Schema.SchemaType.OBJECT))
                .description("Every refused request: a short error and a detail saying what to change")
                .addProperty("error", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).examples(List.of("Invalid language")))
                .addProperty("detail", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))
                        .examples(List.of("'xx-' is not a BCP 47 language tag, e.g. en, ar, fa, en-GB.")))
                .required(List.of("error", "detail")));
        if (api.getPaths() == null || api.getPaths().getPathItems() == null) {
            return;
        }
        for (String path : new ArrayList<>(api.getPaths().getPathItems().keySet())) {
            if (!path.startsWith("/api/") && !path.equals("/api")) {
                api.getPaths().removePathItem(path);
                continue;
            }
            PathItem item = api.getPaths().getPathItem(path);
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : item.getOperations().entrySet()) {
                addErrors(path, entry.getKey(), entry.getValue());
            }
        }
    }

    private static void addErrors(String path, PathItem.HttpMethod method, Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        error(responses, "400", "Bad input: a missing or invalid field, parameter or file (nothing is stored)");
        if (path.contains("{")) {
            error(responses, "404", "No story, version, paragraph or user has that id");
        }
        if (method != PathItem.HttpMethod.GET) {
            error(responses, "401", "Not signed in: send HTTP Basic credentials");
            error(responses, "403", "Your role does not allow this change");
            error(responses, "409", "A conflict: a taken slug or user name, or a change based on a stale revision or row");
        }
        if (operation.getRequestBody() != null) {
            error(responses, "413", "The body or file is over parallax.max-text-size (or parallax.exchange.max-import-size)");
            error(responses, "415", "A content type this route does not take");
        }
    }

    private static void error(APIResponses responses, String status, String description) {
        if (responses.hasAPIResponse(status) && responses.getAPIResponse(status).getContent() != null) {
            return; // described on the route itself
        }
        responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description)
                .content(OASFactory.createContent().addMediaType("application/json", OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref(ERROR_SCHEMA)))));
    }
}
