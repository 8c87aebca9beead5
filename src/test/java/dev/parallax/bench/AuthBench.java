package dev.parallax.bench;

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
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Authenticated reads against anonymous ones, A/B: starts one or more packaged applications at once (each on a
 * free loopback port, fresh H2) and measures, with one client, {@code GET /api/stories/{seed}} anonymous, with an
 * API token and with HTTP Basic, in interleaved rounds (every application and credential in each round), so two
 * builds are compared in the same minutes under the same load. Part 1 of {@link LoadBench}, alone.
 * Run: {@code … -Dexec.mainClass=dev.parallax.bench.AuthBench -Dexec.args="target/quarkus-app /tmp/other/quarkus-app"}
 * (no argument: {@code target/quarkus-app}).
 */
public final class AuthBench {

    private static final String PASSWORD = "bench-password";
    private static final int ROUNDS = Integer.getInteger("rounds", 5);
    private static final Duration ROUND = Duration.ofSeconds(Integer.getInteger("seconds", 5));
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private record App(String label, String base, Process process, Map<String, String> auth, String path) {
    }

    public static void main(String[] args) throws Exception {
        List<String> dirs = args.length == 0 ? List.of("target/quarkus-app") : List.of(args);
        List<App> apps = new ArrayList<>();
        try {
            for (String dir : dirs) {
                apps.add(start(dir));
            }
            Map<String, List<Double>> rates = new LinkedHashMap<>();
            for (App app : apps) {
                for (Map.Entry<String, String> m : app.auth().entrySet()) {
                    rate(app.base() + app.path(), m.getValue(), Duration.ofSeconds(3)); // warm-up
                    rates.put(app.label() + "\t" + m.getKey(), new ArrayList<>());
                }
            }
            for (int r = 0; r < ROUNDS; r++) {
                for (App app : apps) {
                    for (Map.Entry<String, String> m : app.auth().entrySet()) {
                        rates.get(app.label() + "\t" + m.getKey()).add(rate(app.base() + app.path(), m.getValue(), ROUND));
                    }
                }
            }
            StringBuilder out = new StringBuilder("| build | credential | requests/s (median of " + ROUNDS + " interleaved rounds of "
                    + ROUND.toSeconds() + " s) | share of anonymous |\n|---|---|---|---|\n");
            for (App app : apps) {
                double anonymous = median(rates.get(app.label() + "\tanonymous"));
                for (String m : app.auth().keySet()) {
                    double v = median(rates.get(app.label() + "\t" + m));
                    out.append(String.format("| %s | %s | %.0f | %.0f %% |%n", app.label(), m, v, 100 * v / anonymous));
                }
            }
            System.out.println(out);
        } finally {
            for (App app : apps) {
                app.process().destroy();
                app.process().waitFor();
            }
        }
    }

    private static App start(String dir) throws Exception {
        Path jar = Path.of(dir, "quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException("No " + jar + ": build the application first (./mvnw package -DskipTests)");
        }
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path data = Files.createTempDirectory("parallax-auth");
        Process process = new ProcessBuilder("java", "-Xmx768m", "-Dquarkus.http.host=127.0.0.1", "-Dquarkus.http.port=" + port,
                "-Dparallax.admin-password=" + PASSWORD, "-Dparallax.grammar.warm-up-at-startup=false",
                "-Dparallax.align.learn-lexicon=false", "-Dparallax.data-dir=" + data.toAbsolutePath(), "-jar", jar.toString())
                .redirectErrorStream(true).redirectOutput(data.resolve("app.log").toFile()).start();
        String base = "http://127.0.0.1:" + port;
        waitFor(base + "/api/stories");
        String basic = "Basic " + Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        String seed = match(HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/stories?sort=title&limit=500")).build(),
                HttpResponse.BodyHandlers.ofString()).body(), "\"id\":(\\d+),\"title\":\"Syria");
        HttpResponse<String> created = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/tokens")).header("Authorization", basic)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"auth bench\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        String token = match(created.body(), "\"token\":\"(pxt_[^\"]+)\"");
        Map<String, String> auth = new LinkedHashMap<>();
        auth.put("anonymous", null);
        auth.put("API token", "Bearer " + token);
        auth.put("HTTP Basic", basic);
        return new App(dir, base, process, auth, "/api/stories/" + seed);
    }

    private static double rate(String url, String authorization, Duration length) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        HttpRequest request = b.build();
        long start = System.nanoTime();
        long end = start + length.toNanos();
        int n = 0;
        while (System.nanoTime() < end) {
            HttpResponse<byte[]> r = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != 200) {
                throw new IllegalStateException(url + " answered " + r.statusCode());
            }
            n++;
        }
        return n / ((System.nanoTime() - start) / 1e9);
    }

    private static String match(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("no " + regex + " in " + text.substring(0, Math.min(300, text.length())));
        }
        return m.group(1);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static void waitFor(String url) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (Exception notYet) {
                // still starting
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException(url + " did not answer within 120 s");
    }
}
