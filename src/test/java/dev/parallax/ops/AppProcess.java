package dev.parallax.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.support.PackagedApp;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * The packaged application ({@code target/quarkus-app/quarkus-run.jar}, built by {@code ./mvnw verify} before
 * the integration tests) running in a JVM of its own, as an operator runs it: configured by environment
 * variables, on a port of its own, its log in a file ({@link PackagedApp#withEnvironment}, as the benchmarks
 * start it with system properties). Tests kill it with SIGKILL or stop it.
 */
final class AppProcess implements AutoCloseable {

    static final String ADMIN_PASSWORD = "it-admin-password";
    static final ObjectMapper JSON = new ObjectMapper();

    private final PackagedApp app;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private AppProcess(PackagedApp app) {
        this.app = app;
    }

    static Path jar() {
        Path jar = Path.of(System.getProperty("parallax-test.jar", "target/quarkus-app/quarkus-run.jar"));
        if (!Files.isRegularFile(jar)) {
            fail(jar + " is missing: the integration tests run after the package phase (./mvnw verify)");
        }
        return jar;
    }

    /** Starts the jar with these settings (environment variables) on a free port; does not wait for it. */
    static AppProcess start(Map<String, String> settings, Path log) throws IOException {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("PARALLAX_ADMIN_PASSWORD", ADMIN_PASSWORD);
        // the checks these tests make need neither LanguageTool nor the learnt word list: spare the two cores
        env.put("PARALLAX_GRAMMAR_ENABLED", "false");
        env.put("PARALLAX_ALIGN_LEARN_LEXICON", "false");
        env.putAll(settings);
        return new AppProcess(PackagedApp.withEnvironment(jar(), List.of("-Xmx512m"), env, log));
    }

    /** Waits until /q/health/ready answers UP; fails with the log's tail if the process dies or takes too long. */
    AppProcess awaitReady() throws Exception {
        app.awaitReady("/q/health/ready");
        return this;
    }

    String tail() {
        return app.tail();
    }

    String logText() throws IOException {
        return Files.readString(app.log(), StandardCharsets.UTF_8);
    }

    URI uri(String path) {
        return app.uri(path);
    }

    HttpResponse<String> send(HttpRequest.Builder request, String basicUser) throws IOException, InterruptedException {
        if (basicUser != null) {
            String credentials = basicUser + ":" + ADMIN_PASSWORD;
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    JsonNode get(String path) throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(uri(path)).GET(), null);
        if (r.statusCode() != 200) {
            fail("GET " + path + " answered " + r.statusCode() + ": " + r.body());
        }
        return JSON.readTree(r.body());
    }

    /** A JSON write as the admin; returns the response whatever its status. */
    HttpResponse<String> write(String method, String path, Object body) throws Exception {
        String json = body == null ? "" : JSON.writeValueAsString(body);
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)), "admin");
    }

    static Map<String, Object> map(Object... keyValues) {
        Map<String, Object> m = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put((String) keyValues[i], keyValues[i + 1]);
        }
        return m;
    }

    /** SIGKILL: no shutdown hook runs, nothing is flushed; what survives is what was on disk. */
    void kill9() throws InterruptedException {
        app.kill();
    }

    @Override
    public void close() throws InterruptedException {
        app.close();
    }
}
