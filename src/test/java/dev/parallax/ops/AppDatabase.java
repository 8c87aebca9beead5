package dev.parallax.ops;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

/**
 * A fresh, empty database for the packaged application, of the kind the jar was built for
 * ({@code parallax-test.db}): an H2 folder under a temporary directory, or a new database on the local
 * PostgreSQL, dropped at the end.
 */
final class AppDatabase implements AutoCloseable {

    private static final String PG_ADMIN_URL = System.getProperty("parallax-test.pg-url", "jdbc:postgresql://127.0.0.1:5432/postgres");
    private static final String PG_USER = System.getProperty("parallax-test.pg-user", "postgres");
    private static final String PG_PASSWORD = System.getProperty("parallax-test.pg-password", "");

    private final String pgName;
    final Map<String, String> settings;

    private AppDatabase(String pgName, Map<String, String> settings) {
        this.pgName = pgName;
        this.settings = settings;
    }

    static boolean postgres() {
        return "postgresql".equals(System.getProperty("parallax-test.db"));
    }

    static AppDatabase create(Path workDir) throws Exception {
        if (!postgres()) {
            return new AppDatabase(null, Map.of("PARALLAX_DATA_DIR", Files.createDirectories(workDir.resolve("data")).toString()));
        }
        String name = "parallax_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute("create database " + name);
        String url = PG_ADMIN_URL.substring(0, PG_ADMIN_URL.lastIndexOf('/') + 1) + name;
        return new AppDatabase(name, Map.of(
                "QUARKUS_DATASOURCE_JDBC_URL", url,
                "QUARKUS_DATASOURCE_USERNAME", PG_USER,
                "QUARKUS_DATASOURCE_PASSWORD", PG_PASSWORD));
    }

    @Override
    public void close() {
        if (pgName != null) {
            execute("drop database if exists " + pgName + " with (force)");
        }
    }

    private static void execute(String sql) {
        try (Connection c = DriverManager.getConnection(PG_ADMIN_URL, PG_USER, PG_PASSWORD); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + PG_ADMIN_URL + " refused '" + sql + "': " + e.getMessage(), e);
        }
    }
}
