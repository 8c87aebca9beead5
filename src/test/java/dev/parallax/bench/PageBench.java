package dev.parallax.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measures pages as a user meets them: starts the packaged application ({@code target/quarkus-app}) on a
 * free port with a fresh H2 database, then times the seed story's pages warm (median of many requests).
 * Run: {@code ./mvnw -q package -DskipTests && ./mvnw -q test-compile exec:java ...} (see docs/benchmarks.md).
 */
public final class PageBench {

    private static final int WARMUP = 30;
    private static final int RUNS = 100;

    public static void main(String[] args) throws Exception {
        Path jar = Path.of("target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException("Build the application first: ./mvnw package -DskipTests");
        }
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path data = Files.createTempDirectory("parallax-bench");
        long start = System.nanoTime();
        Process app = new ProcessBuilder("java", "-Xmx768m", "-Dquarkus.http.port=" + port,
                "-Dparallax.data-dir=" + data.toAbsolutePath(), "-jar", jar.toString())
                .redirectErrorStream(true).redirectOutput(data.resolve("app.log").toFile()).start();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        String base = "http://127.0.0.1:" + port;
        try {
            String stories = waitFor(http, base + "/api/stories");
            double startupMs = (System.nanoTime() - start) / 1e6;
            Matcher m = Pattern.compile("\"id\":(\\d+),\"title\":\"Syria").matcher(stories);
            if (!m.find()) {
                throw new IllegalStateException("seed story missing: " + stories);
            }
            String story = m.group(1);
            Map<String, String> pages = new java.util.LinkedHashMap<>();
            pages.put("story page `/stories/{id}`", base + "/stories/" + story);
            pages.put("aligned page, 5 versions `/stories/{id}/aligned`", base + "/stories/" + story + "/aligned");
            pages.put("alignment API with sentences", base + "/api/stories/" + story + "/alignment");
            System.out.printf("startup to first answer: %.0f ms%n", startupMs);
            StringBuilder table = new StringBuilder("| page | median | p90 |\n|---|---|---|\n");
            for (Map.Entry<String, String> page : pages.entrySet()) {
                List<Double> times = time(http, page.getValue());
                String row = String.format("| %s | %.1f ms | %.1f ms |", page.getKey(), times.get(times.size() / 2),
                        times.get(times.size() * 9 / 10));
                System.out.println(row);
                table.append(row).append('\n');
            }
            System.out.printf("%n%s", table);
        } finally {
            app.destroy();
            app.waitFor();
        }
    }

    private static List<Double> time(HttpClient http, String url) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).build();
        for (int i = 0; i < WARMUP; i++) {
            http.send(request, HttpResponse.BodyHandlers.ofString());
        }
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
            times.add((System.nanoTime() - t) / 1e6);
            if (r.statusCode() != 200) {
                throw new IllegalStateException(url + " answered " + r.statusCode());
            }
        }
        Collections.sort(times);
        return times;
    }

    private static String waitFor(HttpClient http, String url) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return r.body();
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("the application did not answer within 60 s");
    }
}
