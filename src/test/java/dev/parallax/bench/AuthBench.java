package dev.parallax.bench;

import dev.parallax.support.PackagedApp;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
 * API token and with HTTP Basic, in bursts of 20 requests, every build and credential in turn (shuffled each cycle),
 * so two builds are compared in the same seconds under the same load, however it varies. Part 1 of {@link LoadBench},
 * alone; {@code -Dseconds=90} the whole measurement.
 * Run: {@code … -Dexec.mainClass=dev.parallax.bench.AuthBench -Dexec.args="target/quarkus-app /tmp/other/quarkus-app"}
 * (no argument: {@code target/quarkus-app}).
 */
public final class AuthBench {

    private static final String PASSWORD = "bench-password";
    private static final Duration TOTAL = Duration.ofSeconds(Integer.getInteger("seconds", 90));
    private static final int BURST = 20;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private record App(String label, String base, PackagedApp process, Map<String, String> auth, String path) {
    }

    public static void main(String[] args) throws Exception {
        List<String> dirs = args.length == 0 ? List.of("target/quarkus-app") : List.of(args);
        List<App> apps = new ArrayList<>();
        try {
            for (String dir : dirs) {
                apps.add(start(dir));
            }
            List<String> keys = new ArrayList<>();
            Map<String, long[]> spent = new LinkedHashMap<>(); // key -> {requests, nanos}
            for (App app : apps) {
                for (Map.Entry<String, String> m : app.auth().entrySet()) {
                    burst(app.base() + app.path(), m.getValue(), 300); // warm-up
                    keys.add(app.label() + "\t" + m.getKey());
                    spent.put(app.label() + "\t" + m.getKey(), new long[2]);
                }
            }
            // bursts of BURST requests, every build and credential in turn, in a shuffled order each cycle: the
            // machine's load, however it varies, falls on all of them alike
            java.util.Random random = new java.util.Random(18);
            long end = System.nanoTime() + TOTAL.toNanos();
            while (System.nanoTime() < end) {
                List<String> order = new ArrayList<>(keys);
                Collections.shuffle(order, random);
                for (String key : order) {
                    String[] parts = key.split("\t");
                    App app = apps.stream().filter(a -> a.label().equals(parts[0])).findFirst().orElseThrow();
                    long t = System.nanoTime();
                    burst(app.base() + app.path(), app.auth().get(parts[1]), BURST);
                    spent.get(key)[0] += BURST;
                    spent.get(key)[1] += System.nanoTime() - t;
                }
            }
            StringBuilder out = new StringBuilder("| build | credential | requests/s (bursts of " + BURST + " interleaved over "
                    + TOTAL.toSeconds() + " s) | share of anonymous |\n|---|---|---|---|\n");
            for (App app : apps) {
                long[] anon = spent.get(app.label() + "\tanonymous");
                double anonymous = anon[0] / (anon[1] / 1e9);
                for (String m : app.auth().keySet()) {
                    long[] x = spent.get(app.label() + "\t" + m);
                    double v = x[0] / (x[1] / 1e9);
                    out.append(String.format("| %s | %s | %.0f | %.0f %% |%n", app.label(), m, v, 100 * v / anonymous));
                }
            }
            System.out.println(out);
        } finally {
            for (App app : apps) {
                app.process().close();
            }
        }
    }

    private static App start(String dir) throws Exception {
        PackagedApp process = PackagedApp.withProperties(Path.of(dir, "quarkus-run.jar"), List.of("-Xmx768m"),
                Map.of("quarkus.http.host", "127.0.0.1", "parallax.admin-password", PASSWORD,
                        "parallax.grammar.warm-up-at-startup", "false", "parallax.align.learn-lexicon", "false"));
        String base = process.baseUrl();
        process.awaitReady("/api/stories");
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

    private static void burst(String url, String authorization, int n) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        HttpRequest request = b.build();
        for (int i = 0; i < n; i++) {
            HttpResponse<byte[]> r = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != 200) {
                throw new IllegalStateException(url + " answered " + r.statusCode());
            }
        }
    }

    private static String match(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("no " + regex + " in " + text.substring(0, Math.min(300, text.length())));
        }
        return m.group(1);
    }
}
