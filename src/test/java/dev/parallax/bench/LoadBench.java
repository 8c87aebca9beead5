package dev.parallax.bench;

import dev.parallax.support.PackagedApp;

import java.io.ByteArrayOutputStream;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A newsroom script's load on the running application (issue 18), loopback only and bounded in time:
 * starts the packaged application ({@code target/quarkus-app}) on a free port with a fresh H2 database and
 * measures, with one client,
 * <ol>
 *   <li>{@code GET /api/stories/{seed}} anonymous, with an API token and with HTTP Basic (requests/s, alternating
 *   rounds of a fixed length);</li>
 *   <li>1,500 stories created through the API with a token (a story and a version each, sequentially);</li>
 *   <li>the store filled to 10,000 stories (bulk import), then the home page and the first API page (median
 *   time and size);</li>
 *   <li>a story of 2 versions × 2,000 paragraphs: its aligned page, time and size.</li>
 * </ol>
 * Run: {@code ./mvnw -q -B package -DskipTests}, then
 * {@code ./mvnw -q -B test-compile org.codehaus.mojo:exec-maven-plugin:3.5.0:java -Dexec.mainClass=dev.parallax.bench.LoadBench -Dexec.classpathScope=test}.
 */
public final class LoadBench {

    private static final String PASSWORD = "bench-password";
    private static final int ROUNDS = 3;
    private static final Duration ROUND = Duration.ofSeconds(8);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static String base;

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(System.getProperty("load.jar", "target/quarkus-app/quarkus-run.jar"));
        String basic = "Basic " + Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        StringBuilder out = new StringBuilder();
        try (PackagedApp app = PackagedApp.withProperties(jar, List.of("-Xmx768m"),
                Map.of("quarkus.http.host", "127.0.0.1", "parallax.admin-password", PASSWORD,
                        "parallax.grammar.warm-up-at-startup", "false", "parallax.align.learn-lexicon", "false"))) {
            base = app.baseUrl();
            app.awaitReady("/api/stories");
            String seed = match(get("/api/stories?sort=title&limit=500", null).body(), "\"id\":(\\d+),\"title\":\"Syria");
            String token = match(send("POST", "/api/tokens", basic, "application/json", "{\"name\":\"load bench\"}".getBytes(StandardCharsets.UTF_8), 201).body(),
                    "\"token\":\"(pxt_[^\"]+)\"");
            String bearer = "Bearer " + token;
            if ("long-story".equals(System.getProperty("load.only"))) {
                longStoryPage(out, bearer);
                System.out.println(out);
                return;
            }

            // 1. authenticated reads against anonymous ones
            Map<String, String> modes = new LinkedHashMap<>();
            modes.put("anonymous", null);
            modes.put("API token", bearer);
            modes.put("HTTP Basic", basic);
            Map<String, List<Double>> rates = new LinkedHashMap<>();
            modes.keySet().forEach(m -> rates.put(m, new ArrayList<>()));
            String path = "/api/stories/" + seed;
            for (String m : modes.keySet()) {
                rate(path, modes.get(m), Duration.ofSeconds(3)); // warm-up
            }
            for (int r = 0; r < ROUNDS; r++) {
                for (Map.Entry<String, String> m : modes.entrySet()) {
                    rates.get(m.getKey()).add(rate(path, m.getValue(), ROUND));
                }
            }
            double anonymous = median(rates.get("anonymous"));
            out.append("### Authenticated reads, one client, `GET /api/stories/{seed}`\n\n| credential | requests/s (median of ")
                    .append(ROUNDS).append(" rounds of ").append(ROUND.toSeconds()).append(" s) | share of anonymous |\n|---|---|---|\n");
            for (String m : modes.keySet()) {
                double v = median(rates.get(m));
                out.append(String.format("| %s | %.0f | %.0f %% |%n", m, v, 100 * v / anonymous));
            }

            // 2. 1,500 stories created by one client with a token
            long t0 = System.nanoTime();
            for (int i = 0; i < 1500; i++) {
                String id = match(send("POST", "/api/stories", bearer, "application/json",
                        ("{\"title\":\"Wire " + i + "\"}").getBytes(StandardCharsets.UTF_8), 201).body(), "\"id\":(\\d+)");
                send("POST", "/api/stories/" + id + "/versions", bearer, "application/json",
                        ("{\"outlet\":\"Wire\",\"language\":\"" + (i % 3 == 0 ? "ar" : i % 3 == 1 ? "fa" : "en")
                                + "\",\"text\":\"Paragraph one of wire " + i + ".\\n\\nParagraph two.\"}").getBytes(StandardCharsets.UTF_8), 201);
            }
            double createSeconds = (System.nanoTime() - t0) / 1e9;
            out.append(String.format("%n### Creating 1,500 stories (a story and a version each) with a token, one client%n%n"
                    + "%.1f s (%.0f stories/s; 3,000 requests)%n", createSeconds, 1500 / createSeconds));

            // 3. 10,000 stories: fill by bulk import, then the first pages
            int have = 1 + 1500;
            int toAdd = 10_000 - have;
            long t1 = System.nanoTime();
            int added = 0;
            while (added < toAdd) {
                int batch = Math.min(2500, toAdd - added);
                String report = send("POST", "/api/stories/import-many?filename=archive.zip", bearer, "application/zip", archive(added, batch), 200).body();
                if (!report.startsWith("{\"imported\":" + batch + ",")) {
                    throw new IllegalStateException("bulk import: " + report.substring(0, Math.min(300, report.length())));
                }
                added += batch;
            }
            double bulkSeconds = (System.nanoTime() - t1) / 1e9;
            out.append(String.format("%n### Bulk import%n%n%d story folders (2 versions each) in zips of 2,500: %.1f s (%.0f stories/s)%n",
                    toAdd, bulkSeconds, toAdd / bulkSeconds));
            out.append("\n### Lists with 10,000 stories (median of 50 after 20 warm-ups)\n\n| page | median | p90 | size |\n|---|---|---|---|\n");
            for (String page : List.of("/", "/api/stories", "/?sort=title", "/api/stories?sort=title", "/api/stories?language=fa",
                    "/api/stories?limit=500")) {
                List<Double> times = new ArrayList<>();
                int size = 0;
                for (int i = 0; i < 70; i++) {
                    long t = System.nanoTime();
                    HttpResponse<byte[]> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + page)).build(), HttpResponse.BodyHandlers.ofByteArray());
                    if (i >= 20) {
                        times.add((System.nanoTime() - t) / 1e6);
                    }
                    size = r.body().length;
                }
                Collections.sort(times);
                out.append(String.format("| `%s` | %.1f ms | %.1f ms | %.1f KB |%n", page, median(times), times.get(times.size() * 9 / 10), size / 1024.0));
            }

            // 4. the long story
            longStoryPage(out, bearer);
            System.out.println(out);
        }
    }

    /**
     * The aligned page of a 2 × 2,000-paragraph story: the first request (which aligns), three warm ones, then the
     * median of 20 warm requests anonymous and as an editor signed in (whose page has the correction forms and the
     * link form); then the editor's story, quotes and translate pages of the same story.
     * {@code -Dload.save-html=DIR} keeps both pages there to look at.
     */
    private static void longStoryPage(StringBuilder out, String bearer) throws Exception {
        String[] big = longStory(bearer, 2000);
        out.append("\n### 2 versions × 2,000 paragraphs: the aligned page\n\n| request | time | size |\n|---|---|---|\n");
        URI page = URI.create(base + "/stories/" + big[0] + "/aligned");
        for (int i = 0; i < 4; i++) {
            long t = System.nanoTime();
            HttpResponse<byte[]> r = HTTP.send(HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.ofByteArray());
            out.append(String.format("| %s | %.0f ms | %.0f KB |%n", i == 0 ? "first (aligns)" : "warm " + i, (System.nanoTime() - t) / 1e6,
                    r.body().length / 1024.0));
        }
        String keep = System.getProperty("load.save-html");
        // an editor signs in with the form, as a person does: pages take no HTTP Basic
        HttpClient signedIn = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).connectTimeout(Duration.ofSeconds(2)).build();
        signedIn.send(HttpRequest.newBuilder(URI.create(base + "/j_security_check")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("j_username=admin&j_password=" + PASSWORD)).build(), HttpResponse.BodyHandlers.discarding());
        for (String who : new String[] {"anonymous", "editor"}) {
            HttpClient client = who.equals("editor") ? signedIn : HTTP;
            List<Double> times = new ArrayList<>();
            byte[] body = null;
            for (int i = 0; i < 20; i++) {
                long t = System.nanoTime();
                body = client.send(HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.ofByteArray()).body();
                times.add((System.nanoTime() - t) / 1e6);
            }
            if (who.equals("editor") && !new String(body, StandardCharsets.UTF_8).contains("Signed in as")) {
                throw new IllegalStateException("the editor did not sign in");
            }
            Collections.sort(times);
            out.append(String.format("| warm, %s, median of 20 | %.0f ms | %.0f KB |%n", who, median(times), body.length / 1024.0));
            if (keep != null) {
                Files.write(Path.of(keep, "long-story-" + who + ".html"), body);
            }
        }
        // the story's other long pages, as the editor: each also renders a first screen and loads the rest on scroll
        out.append("\n| page (editor), warm | median of 20 | size |\n|---|---|---|\n");
        for (String path : new String[] {"", "/quotes", "/translate"}) {
            URI other = URI.create(base + "/stories/" + big[0] + path);
            signedIn.send(HttpRequest.newBuilder(other).build(), HttpResponse.BodyHandlers.discarding());
            List<Double> times = new ArrayList<>();
            byte[] body = null;
            for (int i = 0; i < 20; i++) {
                long t = System.nanoTime();
                HttpResponse<byte[]> r = signedIn.send(HttpRequest.newBuilder(other).build(), HttpResponse.BodyHandlers.ofByteArray());
                times.add((System.nanoTime() - t) / 1e6);
                if (r.statusCode() != 200) {
                    throw new IllegalStateException(other + " answered " + r.statusCode());
                }
                body = r.body();
            }
            out.append(String.format("| `/stories/{id}%s` | %.0f ms | %.0f KB |%n", path, median(times), body.length / 1024.0));
        }
    }

    /** Requests per second of GETs on one connection for the given time. */
    private static double rate(String path, String authorization, Duration length) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        HttpRequest request = b.build();
        long end = System.nanoTime() + length.toNanos();
        long start = System.nanoTime();
        int n = 0;
        while (System.nanoTime() < end) {
            HttpResponse<byte[]> r = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + r.statusCode());
            }
            n++;
        }
        return n / ((System.nanoTime() - start) / 1e9);
    }

    private static byte[] archive(int from, int count) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (int i = from; i < from + count; i++) {
                String dir = "archive/story-" + i + "/";
                put(zip, dir + "story", "title: Archive story " + i + "\nslug: archive-" + i + "\n");
                put(zip, dir + "01-wire.en.txt", "---\noutlet: Archive Wire\nlanguage: en\n---\n\nThe archived report number " + i + ".\n\nA second paragraph.\n");
                put(zip, dir + "02-wire.ar.txt", "---\noutlet: Archive Wire\nlanguage: ar\ntranslation-of: wire.en\n---\n\nالتقرير المؤرشف رقم " + i + ".\n\nفقرة ثانية.\n");
            }
        }
        return bytes.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** A story of n paragraphs built from the seed's English sentences and a rewritten copy. */
    private static String[] longStory(String auth, int n) throws Exception {
        List<String> sentences = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("translations/assad-tehran-visit/01-syrian-observer.en.txt"))) {
            if (line.length() > 80) {
                sentences.addAll(List.of(line.split("(?<=[.!?”])\\s+")));
            }
        }
        java.util.Random random = new java.util.Random(42);
        StringBuilder a = new StringBuilder();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            String p = "In " + (1990 + i % 30) + ", " + sentences.get(random.nextInt(sentences.size())) + " " + sentences.get(random.nextInt(sentences.size()));
            a.append(p).append("\n\n");
            b.append(i % 3 == 0 ? p.replace("said", "claimed").replace("Assad", "al-Assad") : p).append("\n\n");
        }
        String story = match(send("POST", "/api/stories", auth, "application/json", "{\"title\":\"Long story\"}".getBytes(StandardCharsets.UTF_8), 201).body(), "\"id\":(\\d+)");
        for (String[] v : new String[][]{{"Wire", a.toString()}, {"Rewrite", b.toString()}}) {
            String json = "{\"outlet\":\"" + v[0] + "\",\"language\":\"en\",\"text\":\"" + v[1].replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"}";
            send("POST", "/api/stories/" + story + "/versions", auth, "application/json", json.getBytes(StandardCharsets.UTF_8), 201);
        }
        return new String[]{story};
    }

    private static HttpResponse<String> get(String path, String auth) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path));
        if (auth != null) {
            b.header("Authorization", auth);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> send(String method, String path, String auth, String type, byte[] body, int expected) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(5)).header("Authorization", auth)
                .header("Content-Type", type).method(method, HttpRequest.BodyPublishers.ofByteArray(body)).build();
        HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != expected) {
            throw new IllegalStateException(method + " " + path + " answered " + r.statusCode() + ": " + r.body());
        }
        return r;
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
}
