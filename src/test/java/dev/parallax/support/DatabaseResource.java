package dev.parallax.support;

import io.quarkus.test.common.QuarkusTestResource;

/** Registers {@link TestDatabase} for every {@code @QuarkusTest} (not restricted to one class). */
@QuarkusTestResource(TestDatabase.class)
public class DatabaseResource {
}
