package dev.parallax.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

/**
 * Gives every test run a database of its own: an in-memory H2 by default, or, when the build targets
 * PostgreSQL ({@code -Ppostgresql}), a fresh database on the local server that is dropped afterwards.
 * Nothing depends on what an earlier run left behind.
 */
public class TestDatabase implements QuarkusTestResourceLifecycleManager {

    static final String PG_ADMIN_URL = System.getProperty("parallax-test.pg-url", "jdbc:postgresql://127.0.0.1:5432/postgres");
    static final String PG_USER = System.getProperty("parallax-test.pg-user", "postgres");
    static final String PG_PASSWORD = System.getProperty("parallax-test.pg-password", "");

    private String pgDatabase;

    static boolean postgres() {
        return "postgresql".equals(System.getProperty("parallax-test.db"));
    }

    @Override
    public Map<String, String> start() {
        String name = "parallax_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        if (!postgres()) {
            return Map.of("quarkus.datasource.jdbc.url", "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
        }
        execute("create database " + name);
        pgDatabase = name;
        String url = PG_ADMIN_URL.substring(0, PG_ADMIN_URL.lastIndexOf('/') + 1) + name;
        return Map.of(
                "quarkus.datasource.jdbc.url", url,
                "quarkus.datasource.username", PG_USER,
                "quarkus.datasource.password", PG_PASSWORD);
    }

    @Override
    public void stop() {
        if (pgDatabase != null) {
            execute("drop database if exists " + pgDatabase + " with (force)");
            pgDatabase = null;
        }
    }

    private static void execute(String sql) {
        try (Connection c = DriverManager.getConnection(PG_ADMIN_URL, PG_USER, PG_PASSWORD);
             Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + PG_ADMIN_URL + " refused '" + sql + "': " + e.getMessage(), e);
        }
    }
}
