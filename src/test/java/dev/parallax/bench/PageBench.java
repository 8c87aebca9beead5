package dev.parallax.bench;

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
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measures pages as a user meets them: starts the packaged application ({@code target/quarkus-app}) on a
 * free port with a fresh H2 database, then times pages warm (median of many requests): the seed story's
 * pages, and the aligned page with differences of a 500-row story (an English text and a rewritten copy).
 * Run: {@code ./mvnw -q -B package -DskipTests}, then
 * {@code ./mvnw -q -B test-compile org.codehaus.mojo:exec-maven-plugin:3.5.0:java -Dexec.mainClass=dev.parallax.bench.PageBench -Dexec.classpathScope=test}.
 */
public final class PageBench {

    private static final int WARMUP = 20;
    private static final int RUNS = 60;
    private static final String PASSWORD = "bench-password";

    public static void main(String[] args) throws Exception {
        Path jar = Path.of("target/quarkus-app/quarkus-run.jar");
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        try (PackagedApp app = PackagedApp.withProperties(jar, List.of("-Xmx768m"),
                Map.of("parallax.admin-password", PASSWORD))) {
            String base = app.baseUrl();
            String stories = app.awaitReady("/api/stories");
            double startupMs = (System.nanoTime() - app.startedNanos()) / 1e6;
            Matcher m = Pattern.compile("\"id\":(\\d+),\"title\":\"Syria").matcher(stories);
            if (!m.find()) {
                throw new IllegalStateException("seed story missing: " + stories);
            }
            String story = m.group(1);
            String[] big = bigStory(http, base, 500);
            Map<String, String> pages = new LinkedHashMap<>();
            pages.put("seed story page `/stories/{id}`", base + "/stories/" + story);
            pages.put("seed aligned page, 5 versions, with differences", base + "/stories/" + story + "/aligned");
            pages.put("seed alignment API with sentences", base + "/api/stories/" + story + "/alignment");
            pages.put("500-row story: aligned page with differences", base + "/stories/" + big[0] + "/aligned?versions=" + big[1]);
            pages.put("500-row story: differences API", base + "/api/stories/" + big[0] + "/differences?versions=" + big[1]);
            System.out.printf("startup to first answer: %.0f ms (includes the seed import)%n", startupMs);
            StringBuilder table = new StringBuilder("| page | median | p90 |\n|---|---|---|\n");
            for (Map.Entry<String, String> page : pages.entrySet()) {
                List<Double> times = time(http, page.getValue());
                table.append(String.format("| %s | %.1f ms | %.1f ms |%n", page.getKey(), times.get(times.size() / 2),
                        times.get(times.size() * 9 / 10)));
            }
            System.out.printf("%n%s", table);
        }
    }

    /** A story of n paragraphs from the seed's sentences and a rewritten copy; returns {story id, "a,b"}. */
    private static String[] bigStory(HttpClient http, String base, int n) throws Exception {
        List<String> sentences = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("translations/assad-tehran-visit/01-syrian-observer.en.txt"))) {
            if (!line.isBlank() && !line.contains(":") || line.length() > 80) {
                sentences.addAll(List.of(line.split("(?<=[.!?”])\\s+")));
            }
        }
        Random random = new Random(42);
        StringBuilder original = new StringBuilder();
        StringBuilder rewritten = new StringBuilder();
        for (int i = 0; i < n; i++) {
            String p = "In " + (1990 + i % 30) + ", " + sentences.get(random.nextInt(sentences.size())) + " "
                    + sentences.get(random.nextInt(sentences.size()));
            original.append(p).append("\n\n");
            String r = i % 3 == 0 ? p.replace("said", "claimed").replace("will", "may").replace("Assad", "al-Assad") : p;
            rewritten.append(i % 7 == 0 ? r.replace(String.valueOf(1990 + i % 30), String.valueOf(1991 + i % 30)) : r).append("\n\n");
        }
        String story = post(http, base + "/api/stories", "{\"title\":\"Benchmark story\"}").replaceAll(".*\"id\":(\\d+).*", "$1");
        String a = post(http, base + "/api/stories/" + story + "/versions", json("Wire", original)).replaceAll("^\\{\"id\":(\\d+).*", "$1");
        String b = post(http, base + "/api/stories/" + story + "/versions", json("Rewrite", rewritten)).replaceAll("^\\{\"id\":(\\d+).*", "$1");
        return new String[]{story, a + "," + b};
    }

    private static String json(String outlet, CharSequence text) {
        return "{\"outlet\":\"" + outlet + "\",\"language\":\"en\",\"text\":\"" + text.toString().replace("\\", "\\\\")
                .replace("\"", "\\\"").replace("\n", "\\n") + "\"}";
    }

    private static String post(HttpClient http, String url, String body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 201) {
            throw new IllegalStateException(url + " answered " + r.statusCode() + ": " + r.body());
        }
        return r.body();
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
}
