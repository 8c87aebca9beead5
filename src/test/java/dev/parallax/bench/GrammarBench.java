package dev.parallax.bench;

import dev.parallax.grammar.engine.LanguageToolEngine;
import dev.parallax.support.PackagedApp;
import org.languagetool.JLanguageTool;
import org.languagetool.Languages;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Measures the grammar feature and writes the "Grammar" section of docs/benchmarks.md:
 * <ol>
 *   <li>throughput on a 100 KB English text, our engine vs LanguageTool called directly, one thread;</li>
 *   <li>the packaged app ({@code target/quarkus-app}, run with {@code -Xmx768m}): startup to first HTTP answer,
 *   time until en/ar/fa are warm, a 200-paragraph story checked whole (wall and CPU time: both cores?),
 *   re-checking it after one paragraph is edited, and the heap after checking the seed story.</li>
 * </ol>
 * Run: {@code ./mvnw -q -B package -DskipTests} once, then
 * {@code ./mvnw -q -B test-compile org.codehaus.mojo:exec-maven-plugin:3.5.0:java -Dexec.mainClass=dev.parallax.bench.GrammarBench -Dexec.classpathScope=test}.
 */
public final class GrammarBench {

    /** The first admin's password in the launched application: writes need a signed-in editor. */
    private static final String ADMIN_PASSWORD = "bench-password";

    static final Path SEED = Path.of("translations", "assad-tehran-visit");
    static final Path APP = Path.of("target", "quarkus-app", "quarkus-run.jar");
    static final int RUNS = 5;
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    public static void main(String[] args) throws Exception {
        String loadBefore = loadAverage();
        List<String> lines = new ArrayList<>();
        lines.add("## Grammar");
        lines.add("");
        lines.add("Measured " + LocalDate.now() + " by `GrammarBench` (medians of " + RUNS + " runs unless said otherwise); LanguageTool "
                + JLanguageTool.VERSION + ".");
        lines.add("");
        throughput(lines);
        app(lines);
        lines.add("Load average (1, 5, 15 min) at the start and the end of the run: " + loadBefore + "; " + loadAverage()
                + ". On this 2-core machine anything above 2 means other processes competed for the CPU and every time above"
                + " is longer than on an idle machine.");
        lines.add("");
        write(lines);
        lines.forEach(System.out::println);
        System.exit(0);
    }

    // ---- 1. in this JVM ----------------------------------------------------------------------------

    static void throughput(List<String> out) throws IOException {
        String text = englishText(100 * 1024);
        var en = Languages.getLanguageForShortCode("en-US");
        JLanguageTool direct = new JLanguageTool(en);
        LanguageToolEngine ours = new LanguageToolEngine(1);
        List<Long> directNs = new ArrayList<>();
        List<Long> oursNs = new ArrayList<>();
        int directMatches = 0;
        int ourMatches = 0;
        for (int i = 0; i < 2; i++) { // warm both up: JIT, rule caches
            direct.check(text);
            ours.check("en-US", text);
        }
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            directMatches = direct.check(text).size();
            directNs.add(System.nanoTime() - t);
            t = System.nanoTime();
            ourMatches = ours.check("en-US", text).size();
            oursNs.add(System.nanoTime() - t);
        }
        double d = median(directNs) / 1e9;
        double o = median(oursNs) / 1e9;
        out.add("### Throughput, 100 KB of English, one thread");
        out.add("");
        out.add("The seed story's English paragraphs repeated to " + text.length() + " characters, checked as en-US; our engine"
                + " (`LanguageToolEngine`, what `POST /api/grammar/check` calls) against `JLanguageTool.check` in the same JVM.");
        out.add("");
        out.add("| | median time | throughput | matches |");
        out.add("|---|---|---|---|");
        out.add(String.format(Locale.ROOT, "| LanguageTool directly | %.2f s | %,.0f chars/s | %d |", d, text.length() / d, directMatches));
        out.add(String.format(Locale.ROOT, "| our engine | %.2f s | %,.0f chars/s | %d |", o, text.length() / o, ourMatches));
        out.add("");
        out.add(String.format(Locale.ROOT, "Ratio (ours / direct throughput): **%.2f** (target ≥ 0.9).", d / o));
        out.add("");
    }

    static String englishText(int size) throws IOException {
        List<String> paragraphs = new ArrayList<>();
        try (Stream<Path> files = Files.list(SEED)) {
            for (Path f : files.filter(p -> p.getFileName().toString().contains(".en.")).sorted().toList()) {
                paragraphs.addAll(paragraphs(Files.readString(f, StandardCharsets.UTF_8)));
            }
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; text.length() < size; i++) {
            text.append(paragraphs.get(i % paragraphs.size())).append("\n\n");
        }
        return text.substring(0, size);
    }

    static List<String> paragraphs(String file) {
        String body = file.replaceFirst("(?s)^---.*?\\n---\\s*", "");
        List<String> list = new ArrayList<>();
        for (String p : body.split("\\n[\\t ]*\\n")) {
            if (!p.isBlank()) {
                list.add(p.strip());
            }
        }
        return list;
    }

    // ---- 2. the packaged app -----------------------------------------------------------------------

    static void app(List<String> out) throws Exception {
        if (!Files.isRegularFile(APP)) {
            out.add("*The packaged app was not found at " + APP + ": run `./mvnw -q -B package -DskipTests` first.*");
            return;
        }
        List<Long> firstAnswer = new ArrayList<>();
        List<Long> warm = new ArrayList<>();
        Running last = null;
        for (int i = 0; i < 3; i++) {
            if (last != null) {
                last.stop();
            }
            last = Running.start();
            firstAnswer.add(last.firstAnswerMs);
            warm.add(last.waitWarm(List.of("en-US", "ar", "fa")));
        }
        Running app = last;
        try {
            out.add("### The packaged app, `java -Xmx768m -jar target/quarkus-app/quarkus-run.jar`");
            out.add("");
            out.add("Fresh H2 database in a temporary folder each launch (so the seed story is imported), 3 launches.");
            out.add("");
            out.add("| | median | runs |");
            out.add("|---|---|---|");
            out.add("| start to first HTTP answer (`GET /api/grammar/status`) | " + median(firstAnswer) + " ms | " + firstAnswer + " |");
            out.add("| start until en-US, ar and fa are warm (background warm-up) | " + median(warm) + " ms | " + warm + " |");
            out.add("");

            // Heap after checking the seed story in all its languages.
            long seed = app.seedStoryId();
            long t = System.nanoTime();
            app.get("/api/stories/" + seed + "/grammar");
            long seedMs = (System.nanoTime() - t) / 1_000_000;
            long heap = app.heapUsedAfterGcKb();

            // A 200-paragraph English story: checked whole (cold cache), then re-checked after one edit.
            long story = app.postJson("/api/stories", "{\"title\":\"Bench " + System.nanoTime() + "\"}").idField();
            List<String> seedParagraphs = paragraphs(Files.readString(SEED.resolve("01-syrian-observer.en.txt")));
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < 200; i++) {
                // Each paragraph distinct (own hash), all real English.
                text.append("Report ").append(i + 1).append(": ").append(seedParagraphs.get(i % seedParagraphs.size())).append("\n\n");
            }
            long version = app.postJson("/api/stories/" + story + "/versions",
                    "{\"outlet\":\"Bench\",\"language\":\"en\",\"text\":" + json(text.toString()) + "}").idField();
            long cpu0 = app.cpuMs();
            t = System.nanoTime();
            app.get("/api/stories/" + story + "/grammar");
            long wholeMs = (System.nanoTime() - t) / 1_000_000;
            long cpuMs = app.cpuMs() - cpu0;

            // Edit one paragraph (a suggestion applied through the API: the edit, then the re-check of that paragraph
            // alone), then view the whole story again (199 paragraphs from the cache, the edited one too).
            List<Long> cachedOnly = new ArrayList<>();
            List<Long> applyMs = new ArrayList<>();
            List<Long> viewMs = new ArrayList<>();
            List<Long> totalMs = new ArrayList<>();
            for (int i = 0; i <= RUNS; i++) {
                t = System.nanoTime();
                app.get("/api/stories/" + story + "/grammar");
                long cached = (System.nanoTime() - t) / 1_000_000;
                int index = 5 + 37 * i;
                t = System.nanoTime();
                app.postJson("/api/stories/" + story + "/grammar/apply", "{\"versionId\":" + version + ",\"index\":" + index
                        + ",\"offset\":0,\"length\":6,\"expected\":\"Report\",\"replacement\":\"Dispatch" + i + "\"}");
                long apply = (System.nanoTime() - t) / 1_000_000;
                t = System.nanoTime();
                app.get("/api/stories/" + story + "/grammar");
                long view = (System.nanoTime() - t) / 1_000_000;
                if (i > 0) { // the first round warms this path up
                    cachedOnly.add(cached);
                    applyMs.add(apply);
                    viewMs.add(view);
                    totalMs.add(apply + view);
                }
            }
            out.add("### Checking stories (warm, in the app)");
            out.add("");
            out.add("| | result |");
            out.add("|---|---|");
            out.add("| seed story, all 5 versions (en, ar, fa) checked, `GET /api/stories/{id}/grammar` | " + seedMs + " ms |");
            out.add("| heap used after checking the seed story (after a full GC, `jcmd GC.heap_info`) | " + heap / 1024 + " MB (cap 768 MB) |");
            out.add(String.format(Locale.ROOT, "| 200-paragraph English story (%,d chars), checked whole, cold cache | %,d ms wall, %,d ms CPU: **%.2f cores busy** of %d |",
                    text.length(), wholeMs, cpuMs, cpuMs / (double) wholeMs, Runtime.getRuntime().availableProcessors()));
            out.add("| same story, every result cached | " + median(cachedOnly) + " ms (runs " + cachedOnly + ") |");
            out.add("| edit one paragraph and re-check it (`POST /api/stories/{id}/grammar/apply`) | " + median(applyMs) + " ms (runs " + applyMs + ") |");
            out.add("| then the whole story's grammar (all 200 from the cache) | " + median(viewMs) + " ms (runs " + viewMs + ") |");
            out.add("| **re-checking one edited paragraph of a 200-paragraph story, edit + story view** | **" + median(totalMs)
                    + " ms** (runs " + totalMs + "; target < 150 ms) |");
            out.add("");
            out.add("The re-check after an edit is one LanguageTool check of one paragraph plus the cache look-up of the other"
                    + " 199 (memory, then one database query).");
            out.add("");
        } finally {
            app.stop();
        }
    }

    static String json(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    /** One launch of the packaged app on a free port with its own H2 folder. */
    static final class Running {
        PackagedApp app;
        long firstAnswerMs;

        static Running start() throws Exception {
            Running r = new Running();
            r.app = PackagedApp.withProperties(APP, List.of("-Xmx768m"), Map.of("parallax.admin-password", ADMIN_PASSWORD));
            r.app.awaitReady("/api/grammar/status");
            r.firstAnswerMs = (System.nanoTime() - r.app.startedNanos()) / 1_000_000;
            return r;
        }

        URI uri(String path) {
            return app.uri(path);
        }

        long waitWarm(List<String> languages) throws Exception {
            long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
            while (System.nanoTime() < deadline) {
                String status = get("/api/grammar/status");
                if (languages.stream().allMatch(l -> status.contains("\"" + l + "\":true"))) {
                    return (System.nanoTime() - app.startedNanos()) / 1_000_000;
                }
                Thread.sleep(50);
            }
            throw new IllegalStateException("Languages not warm after 3 minutes");
        }

        String get(String path) throws Exception {
            HttpResponse<String> res = HTTP.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofMinutes(5)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (res.statusCode() != 200) {
                throw new IllegalStateException("GET " + path + " → " + res.statusCode() + ": " + res.body());
            }
            return res.body();
        }

        Answer postJson(String path, String body) throws Exception {
            HttpResponse<String> res = send(path, body);
            if (res.statusCode() / 100 != 2) {
                throw new IllegalStateException("POST " + path + " → " + res.statusCode() + ": " + res.body());
            }
            return new Answer(res.body());
        }

        HttpResponse<String> send(String path, String body) throws Exception {
            return HTTP.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofMinutes(5)).header("Content-Type", "application/json")
                    .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                            ("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString());
        }

        long seedStoryId() throws Exception {
            Matcher m = Pattern.compile("\\{\"id\":(\\d+),\"title\":\"[^\"]*\",\"slug\":\"assad-tehran-visit\"").matcher(get("/api/stories"));
            if (!m.find()) {
                throw new IllegalStateException("Seed story not imported");
            }
            return Long.parseLong(m.group(1));
        }

        /** User + system CPU time of the app process, from /proc (Linux). */
        long cpuMs() throws IOException {
            String stat = Files.readString(Path.of("/proc/" + app.pid() + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
            return ticks * 10; // USER_HZ = 100 on Linux
        }

        long heapUsedAfterGcKb() throws Exception {
            run("jcmd", String.valueOf(app.pid()), "GC.run");
            String info = run("jcmd", String.valueOf(app.pid()), "GC.heap_info");
            Matcher m = Pattern.compile("used (\\d+)K").matcher(info);
            if (!m.find()) {
                throw new IllegalStateException("Unexpected jcmd output: " + info);
            }
            return Long.parseLong(m.group(1));
        }

        static String run(String... command) throws Exception {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor();
            return output;
        }

        void stop() throws Exception {
            app.close();
        }
    }

    record Answer(String body) {
        long idField() {
            Matcher m = Pattern.compile("\"id\":(\\d+)").matcher(body);
            if (!m.find()) {
                throw new IllegalStateException("No id in " + body);
            }
            return Long.parseLong(m.group(1));
        }
    }

    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + ", " + f[1] + ", " + f[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    // ---- docs/benchmarks.md ------------------------------------------------------------------------

    static void write(List<String> section) throws Exception {
        Path file = Path.of("docs", "benchmarks.md");
        String body;
        if (Files.exists(file)) {
            body = Files.readString(file, StandardCharsets.UTF_8);
        } else {
            String java = Running.run("java", "-version").strip().replace("\n", "; ");
            body = "# Benchmarks\n\nMeasured on the development machine: " + Runtime.getRuntime().availableProcessors() + " cores, "
                    + java + ", " + LocalDate.now() + ". Each feature's benchmark rewrites its own section.\n";
        }
        String text = String.join("\n", section) + "\n";
        int start = body.indexOf("\n## Grammar\n");
        if (start < 0) {
            body = body.stripTrailing() + "\n\n" + text;
        } else {
            int next = body.indexOf("\n## ", start + 1);
            body = body.substring(0, start + 1) + text + (next < 0 ? "" : body.substring(next));
        }
        Files.writeString(file, body, StandardCharsets.UTF_8);
    }
}
