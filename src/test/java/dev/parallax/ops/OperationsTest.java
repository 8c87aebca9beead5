package dev.parallax.ops;

import dev.parallax.support.Seed;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What an operator watches: health, the API's OpenAPI description and the Prometheus metrics. */
@QuarkusTest
class OperationsTest {

    @Test
    void healthSaysLiveAndReadyWithDatabaseMigrationsAndGrammarReported() throws IOException {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        JsonPath ready = given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .extract().jsonPath();
        assertTrue(ready.getList("checks.name").containsAll(java.util.List.of(
                "Database connections health check", "Database migrations", "Grammar languages")), ready.prettify());
        Map<String, Object> migrations = ready.getMap("checks.find { it.name == 'Database migrations' }.data");
        assertEquals(0, migrations.get("pending"));
        assertEquals(latestMigration(), migrations.get("version"), "the latest migration is applied");
    }

    /** Every route in the README's API tables is in /q/openapi, with the error answers; no page route is. */
    @Test
    void openApiDescribesEveryReadmeRouteWithItsErrorAnswers() throws IOException {
        JsonPath openapi = given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Object>> paths = openapi.getMap("paths");
        Set<String> documented = new TreeSet<>();
        paths.forEach((path, item) -> item.keySet().forEach(method -> documented.add(method.toUpperCase() + " " + normal(path))));
        Set<String> readme = readmeRoutes();
        assertTrue(readme.size() >= 30, "the README lists the API: " + readme);
        Set<String> missing = new TreeSet<>(readme);
        missing.removeAll(documented);
        assertTrue(missing.isEmpty(), "README routes missing from /q/openapi: " + missing);
        assertTrue(paths.keySet().stream().allMatch(p -> p.startsWith("/api/")), "only API routes: " + paths.keySet());

        Map<String, Object> put = openapi.getMap("paths.'/api/versions/{id}/paragraphs/{index}'.put.responses");
        assertTrue(put.keySet().containsAll(Set.of("200", "400", "401", "403", "404", "409")), put.keySet().toString());
        Map<String, Object> refused = openapi.getMap("paths.'/api/stories'.post.responses.'400'");
        assertTrue(String.valueOf(refused).contains("#/components/schemas/Error"), "errors answer {error, detail}: " + refused);
        assertEquals(java.util.List.of("error", "detail"), openapi.getList("components.schemas.Error.required"));
        assertTrue(openapi.getMap("paths.'/api/stories'.post.requestBody").containsKey("content"), "request bodies are described");
        given().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void metricsHaveHttpTimingsAndTheWorkbenchsOwnTimers() {
        long story = Seed.storyId();
        given().get("/api/stories/" + story + "/differences").then().statusCode(200);
        given().get("/api/stories/" + story + "/export?format=csv").then().statusCode(200);
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        for (String name : new String[]{"http_server_requests_seconds_bucket", "parallax_alignment_seconds_count",
                "parallax_diff_seconds_count", "parallax_export_seconds_count{format=\"csv\"", "parallax_grammar_queue",
                "parallax_grammar_check_seconds_count"}) {
            assertTrue(metrics.contains(name), name + " in /q/metrics");
        }
        assertTrue(metrics.contains("uri=\"/api/stories/{id}/differences\""), "HTTP timings per route, not per URL");
    }

    /** The highest V…__ file in db/migration, as Flyway writes its version (V18_2 → "18.2"). */
    private static String latestMigration() throws IOException {
        try (var files = Files.list(Path.of("src/main/resources/db/migration"))) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.matches("V[0-9_]+__.*\\.sql"))
                    .map(n -> n.substring(1, n.indexOf("__")).replace('_', '.'))
                    .max(java.util.Comparator.comparing(OperationsTest::versionKey)).orElseThrow();
        }
    }

    private static String versionKey(String version) {
        StringBuilder key = new StringBuilder();
        for (String part : version.split("\\.")) {
            key.append(String.format("%08d", Integer.parseInt(part)));
        }
        return key.toString();
    }

    private static Set<String> readmeRoutes() throws IOException {
        Set<String> routes = new TreeSet<>();
        Matcher m = Pattern.compile("`(GET|POST|PUT|PATCH|DELETE)(?:/(?:GET|POST|PUT|PATCH|DELETE))* (/api/[^` ?]*)").matcher(
                Files.readString(Path.of("README.md")));
        while (m.find()) {
            routes.add(m.group(1) + " " + normal(m.group(2)));
        }
        // "GET/POST /api/users", "PATCH/DELETE /api/users/{username}": every verb named
        Matcher multi = Pattern.compile("`((?:GET|POST|PUT|PATCH|DELETE)(?:/(?:GET|POST|PUT|PATCH|DELETE))+) (/api/[^` ?]*)`")
                .matcher(Files.readString(Path.of("README.md")));
        while (multi.find()) {
            for (String verb : multi.group(1).split("/")) {
                routes.add(verb + " " + normal(multi.group(2)));
            }
        }
        return routes;
    }

    private static String normal(String path) {
        return path.replaceAll("\\{[^}]*}", "{}").replaceAll("/$", "");
    }
}
