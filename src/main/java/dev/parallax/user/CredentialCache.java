package dev.parallax.user;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Checks a user name and password, remembering a verified pair briefly so HTTP Basic does not pay a bcrypt
 * verification (~100 ms of CPU) on every API call.
 *
 * <p>What is remembered is safe to hold: the key is an HMAC-SHA-256, under a random key made at startup, of
 * the name and password (the password itself is never kept), and the value is the bcrypt hash the password
 * was verified against. A remembered pair counts only while the user's stored hash is still that one, so a
 * password change ends it at once, on every instance; the role is read from the database on every request,
 * so a role change applies at once too. Entries live {@link #TTL_NANOS} and the map holds at most
 * {@link #MAX_ENTRIES}.
 */
@ApplicationScoped
public class CredentialCache {

    static final long TTL_NANOS = 5L * 60 * 1_000_000_000L;
    static final int MAX_ENTRIES = 10_000;

    private record Verified(String username, String passwordHash, long expiresAt) {
    }

    /** A user's stored credential and roles. */
    public record Account(String username, String passwordHash, String roles) {
    }

    private final Map<String, Verified> verified = new ConcurrentHashMap<>();
    private final byte[] key = new byte[32];
    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong verifications = new AtomicLong();

    @Inject
    AccountLookup accounts;

    public CredentialCache() {
        new SecureRandom().nextBytes(key);
    }

    /** The account if the password is right, else null. Blocking: reads the database and may run bcrypt. */
    public Account check(String username, char[] password) {
        Account account = accounts.find(username);
        if (account == null) {
            return null;
        }
        String cacheKey = key(username, password);
        Verified known = verified.get(cacheKey);
        long now = System.nanoTime();
        if (known != null && known.expiresAt - now > 0 && known.passwordHash.equals(account.passwordHash())) {
            hits.incrementAndGet();
            return account;
        }
        verifications.incrementAndGet();
        if (!BcryptUtil.matches(new String(password), account.passwordHash())) {
            verified.remove(cacheKey);
            return null;
        }
        if (verified.size() >= MAX_ENTRIES) {
            verified.values().removeIf(v -> v.expiresAt - now <= 0);
            if (verified.size() >= MAX_ENTRIES) {
                verified.clear();
            }
        }
        verified.put(cacheKey, new Verified(username, account.passwordHash(), now + TTL_NANOS));
        return account;
    }

    /** Forgets every remembered password of the user (its password or role changed, or it was removed). */
    public void forget(String username) {
        verified.values().removeIf(v -> v.username.equals(username));
    }

    /** Requests answered from memory, for tests and metrics. */
    public long hits() {
        return hits.get();
    }

    /** Passwords verified with bcrypt. */
    public long verifications() {
        return verifications.get();
    }

    private String key(String username, char[] password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update(username.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            mac.update(StandardCharsets.UTF_8.encode(java.nio.CharBuffer.wrap(password)));
            return Base64.getEncoder().encodeToString(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
