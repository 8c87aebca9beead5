package dev.parallax.ops;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;

/**
 * Ready only when the database schema is the one this build expects: every Flyway migration applied. (The
 * database connection itself is Quarkus's own "Database connections health check".)
 */
@Readiness
@ApplicationScoped
public class MigrationsReady implements HealthCheck {

    @Inject
    Flyway flyway;

    @Override
    public HealthCheckResponse call() {
        var builder = HealthCheckResponse.named("Database migrations");
        try {
            var info = flyway.info();
            MigrationInfo current = info.current();
            int pending = info.pending().length;
            builder.withData("version", current == null ? "none" : current.getVersion().getVersion())
                    .withData("pending", pending);
            return pending == 0 && current != null ? builder.up().build() : builder.down().build();
        } catch (RuntimeException e) {
            return builder.down().withData("error", "the migration history could not be read").build();
        }
    }
}
