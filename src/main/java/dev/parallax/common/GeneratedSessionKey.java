package dev.parallax.common;

import org.eclipse.microprofile.config.spi.ConfigSource;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * A random sign-in cookie key for a start without {@code PARALLAX_SESSION_KEY}. Left to itself Quarkus makes
 * one too, but prints it in the log; this one is never logged (people must then sign in again after a
 * restart, and instances behind one load balancer need the shared {@code PARALLAX_SESSION_KEY}).
 */
public class GeneratedSessionKey implements ConfigSource {

    static final String PROPERTY = "parallax-internal.generated-session-key";

    private static final String KEY;

    static {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        KEY = Base64.getEncoder().encodeToString(bytes);
    }

    @Override
    public Set<String> getPropertyNames() {
        return Set.of(PROPERTY);
    }

    @Override
    public String getValue(String propertyName) {
        return PROPERTY.equals(propertyName) ? KEY : null;
    }

    @Override
    public String getName() {
        return "parallax-internal.generated-session-key";
    }

    @Override
    public int getOrdinal() {
        return 10; // below everything: never overrides a configured key
    }
}
