package dev.parallax.bench;

import dev.parallax.support.PackagedApp;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Throughput under load: starts the packaged application ({@code target/quarkus-app}) on a free loopback port with
 * a fresh H2 database, then lets 8 concurrent clients request one URL as fast as it answers, for a fixed time after
 * a warm-up, and reports requests per second, p50 and p99: the seed story's aligned page (5 versions, with
 * differences) and its alignment API (cached after the first request). Bounded: at most 20 s and 200,000 requests
 * per URL, only 127.0.0.1. Clients and server share the machine's cores, as they do on one 2-core box.
 * Run: {@code ./mvnw -q -B package -DskipTests}, then
 * {@code ./mvnw -q -B test-compile org.codehaus.mojo:exec-maven-plugin:3.5.0:java -Dexec.mainClass=dev.parallax.bench.ThroughputBench -Dexec.classpathScope=test}
 * ({@code -Dload.clients=8 -Dload.seconds=20}; {@code -Dload.jar=…/quarkus-run.jar} to measure another build, e.g. the
 * one before a change, in the same minute as this one; {@code -Dload.jvm-args="-XX:StartFlightRecording=…"} to
 * profile the application while it is under load; {@code -Dload.urls=page,api,differences} to pick the URLs).
 */
public final class ThroughputBench {

    private static final int CLIENTS = Integer.getInteger("load.clients", 8);
    private static final int SECONDS = Integer.getInteger("load.seconds", 20);
    private static final int WARMUP_SECONDS = Integer.getInteger("load.warm-up-seconds", 8);
    private static final int MAX_REQUESTS = 200_000;

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(System.getProperty("load.jar", "target/quarkus-app/quarkus-run.jar"));
        List<String> jvmOptions = new ArrayList<>(List.of("-Xmx768m"));
        String jvmArgs = System.getProperty("load.jvm-args", "").strip();
        if (!jvmArgs.isEmpty()) {
            jvmOptions.addAll(List.of(jvmArgs.split("\\s+")));
        }
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();
        try (PackagedApp app = PackagedApp.withProperties(jar, jvmOptions,
                Map.of("quarkus.http.host", "127.0.0.1", "parallax.grammar.warm-up-at-startup", "false"))) {
            String base = app.baseUrl();
            String stories = app.awaitReady("/api/stories");
            Matcher m = Pattern.compile("\"id\":(\\d+),\"title\":\"Syria").matcher(stories);
            if (!m.find()) {
                throw new IllegalStateException("seed story missing: " + stories);
            }
            String story = m.group(1);
            Thread.sleep(5000); // let the background word-list learning finish: it would compete for the cores
            System.out.printf("%d clients, %d s per URL after %d s warm-up, %d cores, load average before: %s%n", CLIENTS, SECONDS,
                    WARMUP_SECONDS, Runtime.getRuntime().availableProcessors(), Files.readString(Path.of("/proc/loadavg")).strip());
            System.out.println("| URL | requests/s | p50 | p99 | requests | errors |");
            System.out.println("|---|---|---|---|---|---|");
            List<String> urls = List.of(System.getProperty("load.urls", "page,api,differences").split(","));
            if (urls.contains("page")) {
                run(http, "seed aligned page `/stories/{id}/aligned`", base + "/stories/" + story + "/aligned");
            }
            if (urls.contains("api")) {
                run(http, "seed alignment API `/api/stories/{id}/alignment` (cached)", base + "/api/stories/" + story + "/alignment");
            }
            if (urls.contains("differences")) {
                run(http, "seed differences API `/api/stories/{id}/differences` (cached)", base + "/api/stories/" + story + "/differences");
            }
        }
    }

    private static void run(HttpClient http, String label, String url) throws Exception {
        load(http, url, WARMUP_SECONDS);
        Result r = load(http, url, SECONDS);
        long[] sorted = r.latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("| %s | %.0f | %.1f ms | %.1f ms | %d | %d |%n", label, sorted.length / r.seconds,
                percentile(sorted, 0.50) / 1e6, percentile(sorted, 0.99) / 1e6, sorted.length, r.errors);
    }

    private record Result(List<Long> latencies, double seconds, int errors) {
    }

    private static Result load(HttpClient http, String url, int seconds) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicInteger budget = new AtomicInteger(MAX_REQUESTS);
        AtomicInteger errors = new AtomicInteger();
        List<List<Long>> perClient = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        long start = System.nanoTime();
        for (int c = 0; c < CLIENTS; c++) {
            List<Long> mine = new ArrayList<>();
            perClient.add(mine);
            Thread client = new Thread(() -> {
                while (System.nanoTime() < end && budget.decrementAndGet() >= 0) {
                    long t = System.nanoTime();
                    try {
                        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        if (response.statusCode() != 200) {
                            errors.incrementAndGet();
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                    mine.add(System.nanoTime() - t);
                }
            }, "load-client-" + c);
            client.start();
            threads.add(client);
        }
        for (Thread t : threads) {
            t.join();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        List<Long> all = new ArrayList<>();
        perClient.forEach(all::addAll);
        return new Result(all, elapsed, errors.get());
    }

    private static double percentile(long[] sorted, double p) {
        return sorted.length == 0 ? Double.NaN : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    private ThroughputBench() {
    }
}
