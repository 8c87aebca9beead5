package dev.parallax.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * The packaged application ({@code target/quarkus-app/quarkus-run.jar}, built by {@code ./mvnw verify} before
 * the integration tests) running in a JVM of its own, as an operator runs it: configured by environment
 * variables, on a port of its own, its log in a file. Tests kill it with SIGKILL or stop it.
 */
final class AppProcess implements AutoCloseable {

    static final String ADMIN_PASSWORD = "it-admin-password";
    static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    final int port;
    final Path log;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private AppProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
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
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m", "-jar", jar().toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        env.put("PARALLAX_ADMIN_PASSWORD", ADMIN_PASSWORD);
        // the checks these tests make need neither LanguageTool nor the learnt word list: spare the two cores
        env.put("PARALLAX_GRAMMAR_ENABLED", "false");
        env.put("PARALLAX_ALIGN_LEARN_LEXICON", "false");
        env.putAll(settings);
        return new AppProcess(builder.start(), port, log);
    }

    /** Waits until /q/health/ready answers UP; fails with the log's tail if the process dies or takes too long. */
    AppProcess awaitReady() throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                fail("The application exited with " + process.exitValue() + " during startup:\n" + tail());
            }
            try {
                HttpResponse<String> r = send(HttpRequest.newBuilder(uri("/q/health/ready")).GET(), null);
                if (r.statusCode() == 200) {
                    return this;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        fail("The application was not ready within 180 s:\n" + tail());
        return this;
    }

    String tail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    String logText() throws IOException {
        return Files.readString(log, StandardCharsets.UTF_8);
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
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
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor();
            }
        }
    }
}
