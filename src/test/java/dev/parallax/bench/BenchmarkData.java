package dev.parallax.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the shared benchmark data lives: {@code ../shared/benchmarks} relative to the project root (the
 * working directory of Maven and of the tests), or the system property {@code parallax.benchmarks}.
 * The folder may be absent on a clone; callers skip then.
 */
public final class BenchmarkData {

    private BenchmarkData() {
    }

    public static Path root() {
        String p = System.getProperty("parallax.benchmarks");
        return (p != null ? Path.of(p) : Path.of("..", "shared", "benchmarks")).toAbsolutePath().normalize();
    }

    public static Path folder(String name) {
        return root().resolve(name);
    }

    public static boolean has(String name) {
        return Files.isDirectory(folder(name));
    }
}
