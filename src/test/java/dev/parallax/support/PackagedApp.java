package dev.parallax.support;

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
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * The packaged application ({@code target/quarkus-app/quarkus-run.jar}) in a JVM of its own on a free port, its log
 * in a file: the one way the benchmarks and the operations tests start it, wait for it and stop it. Configured as
 * the benchmarks do (system properties, a fresh data folder) or as an operator does (environment variables).
 */
public final class PackagedApp implements AutoCloseable {

    private static final Duration READY_WITHIN = Duration.ofSeconds(180);
    /** Short: the benchmarks time startup to the first answer with it. */
    private static final Duration POLL_EVERY = Duration.ofMillis(20);
    private static final int TAIL_LINES = 40;

    private final Process process;
    private final int port;
    private final Path log;
    private final Path dataDir;
    private final long startedNanos;
    private final HttpClient poll = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private PackagedApp(Process process, int port, Path log, Path dataDir, long startedNanos) {
        this.process = process;
        this.port = port;
        this.log = log;
        this.dataDir = dataDir;
        this.startedNanos = startedNanos;
    }

    /**
     * As the benchmarks run it: {@code java} from the PATH with these JVM options (heap first, e.g. {@code -Xmx768m}),
     * {@code -Dquarkus.http.port}, a fresh temporary {@code -Dparallax.data-dir} (so a fresh H2 database, the seed
     * imported) with the log in it ({@code app.log}), and these settings as {@code -D} system properties.
     * Does not wait for it: {@link #awaitReady(String)}. Run from the repository's root: the seed story folder is
     * read from the working directory.
     */
    public static PackagedApp withProperties(Path jar, List<String> jvmOptions, Map<String, String> properties)
            throws IOException {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No " + jar + ": build the application first (./mvnw package -DskipTests)");
        }
        int port = freePort();
        Path data = Files.createTempDirectory("parallax-bench");
        List<String> command = new ArrayList<>();
        command.add("java");
        command.addAll(jvmOptions);
        command.add("-Dquarkus.http.port=" + port);
        command.add("-Dparallax.data-dir=" + data.toAbsolutePath());
        new TreeMap<>(properties).forEach((name, value) -> command.add("-D" + name + "=" + value));
        command.addAll(List.of("-jar", jar.toString()));
        return launch(new ProcessBuilder(command), port, data.resolve("app.log"), data);
    }

    /**
     * As an operator runs it: this JVM's {@code java} with these JVM options, configured by environment variables
     * only ({@code QUARKUS_HTTP_PORT} set here, the rest as given), its log in {@code log}. Does not wait for it.
     */
    public static PackagedApp withEnvironment(Path jar, List<String> jvmOptions, Map<String, String> environment, Path log)
            throws IOException {
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("QUARKUS_HTTP_PORT", String.valueOf(port));
        builder.environment().putAll(environment);
        return launch(builder, port, log, null);
    }

    private static PackagedApp launch(ProcessBuilder builder, int port, Path log, Path dataDir) throws IOException {
        long started = System.nanoTime();
        Process process = builder.redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new PackagedApp(process, port, log, dataDir, started);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /**
     * Waits until {@code GET path} answers 200 and returns that answer's body. If the process exits first, or
     * nothing answers within 180 s, stops it and throws with the end of its log.
     */
    public String awaitReady(String path) throws InterruptedException {
        long deadline = System.nanoTime() + READY_WITHIN.toNanos();
        HttpRequest request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(10)).GET().build();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The application exited with " + process.exitValue()
                        + " during startup; the end of " + log + ":\n" + tail());
            }
            try {
                HttpResponse<String> r = poll.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                if (r.statusCode() == 200) {
                    return r.body();
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(POLL_EVERY.toMillis());
        }
        close();
        throw new IllegalStateException("GET " + path + " did not answer 200 within " + READY_WITHIN.toSeconds()
                + " s; the end of " + log + ":\n" + tail());
    }

    public int port() {
        return port;
    }

    /** {@code http://127.0.0.1:port}, no trailing slash. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public URI uri(String path) {
        return URI.create(baseUrl() + path);
    }

    public Path log() {
        return log;
    }

    /** The fresh data folder {@link #withProperties} made; null when the environment names it. */
    public Path dataDir() {
        return dataDir;
    }

    public long pid() {
        return process.pid();
    }

    /** {@link System#nanoTime()} just before the process was started: startup is timed from here. */
    public long startedNanos() {
        return startedNanos;
    }

    /** The last lines of the log, for a failure's message. */
    public String tail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - TAIL_LINES), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    /** SIGKILL: no shutdown hook runs, nothing is flushed; what survives is what was on disk. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** Stops it as an operator would (SIGTERM), and kills it if it has not stopped after 30 s. */
    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                kill();
            }
        }
    }
}
