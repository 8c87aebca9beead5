package dev.parallax.user;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Checks a user name and password, remembering a verified pair briefly so HTTP Basic does not pay a bcrypt
 * verification (~100 ms of CPU), nor a query, on every API call.
 *
 * <p>What is remembered is safe to hold: the key is an HMAC-SHA-256, under a random key made at startup, of
 * the name and password (the password itself is never kept), and the value is the bcrypt hash the password
 * was verified against. A remembered pair counts only while the user's stored hash is still that one, so a
 * password change ends it. The user's stored hash and roles are themselves remembered for {@link #ACCOUNT_NANOS}
 * and only while no credential changed ({@link CredentialChanges}): a password, role or removal applies at once on
 * the instance that made it and within about a second on the others. Verified pairs live {@link #TTL_NANOS};
 * each map holds at most {@link #MAX_ENTRIES}.
 */
@ApplicationScoped
public class CredentialCache {

    static final long TTL_NANOS = 5L * 60 * 1_000_000_000L;
    /** How long a user's hash and roles are trusted from memory before the database is asked again. */
    static final long ACCOUNT_NANOS = TimeUnit.SECONDS.toNanos(30);
    static final int MAX_ENTRIES = 10_000;

    private record Verified(String username, String passwordHash, long expiresAt) {
    }

    /** A user's stored credential and roles. */
    public record Account(String username, String passwordHash, String roles) {
    }

    /** An account as read from the database, when, and in which generation of {@link CredentialChanges}. */
    private record Read(Account account, long readAt, long generation) {
    }

    private final Map<String, Verified> verified = new ConcurrentHashMap<>();
    private final Map<String, Read> accountsRead = new ConcurrentHashMap<>();
    private final byte[] key = new byte[32];
    private final ThreadLocal<Mac> macs;
    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong verifications = new AtomicLong();

    @Inject
    AccountLookup accounts;
    @Inject
    CredentialChanges changes;

    public CredentialCache() {
        new SecureRandom().nextBytes(key);
        macs = ThreadLocal.withInitial(() -> {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(key, "HmacSHA256"));
                return mac;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /**
     * The account, from memory alone, if this name and password were verified recently and nothing changed since;
     * else null, and {@link #check} must be asked. Never blocks.
     */
    public Account remembered(String username, char[] password) {
        if (username == null || !changes.fresh()) {
            return null;
        }
        Read read = accountsRead.get(username);
        long now = System.nanoTime();
        if (read == null || read.generation != changes.generation() || now - read.readAt > ACCOUNT_NANOS) {
            return null;
        }
        Verified known = verified.get(key(username, password));
        if (known == null || known.expiresAt - now <= 0 || !MessageDigest.isEqual(
                known.passwordHash.getBytes(StandardCharsets.UTF_8), read.account.passwordHash().getBytes(StandardCharsets.UTF_8))) {
            return null;
        }
        hits.incrementAndGet();
        return read.account;
    }

    /** The account if the password is right, else null. Blocking: reads the database and may run bcrypt. */
    public Account check(String username, char[] password) {
        long generation = changes.generation(); // before reading: a change made meanwhile makes this read not count
        long readAt = System.nanoTime();
        Account account = accounts.find(username);
        if (account == null) {
            return null;
        }
        String cacheKey = key(username, password);
        Verified known = verified.get(cacheKey);
        long now = System.nanoTime();
        if (known != null && known.expiresAt - now > 0 && known.passwordHash.equals(account.passwordHash())) {
            hits.incrementAndGet();
            remember(account, readAt, generation);
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
        remember(account, readAt, generation);
        return account;
    }

    private void remember(Account account, long readAt, long generation) {
        if (accountsRead.size() >= MAX_ENTRIES) {
            accountsRead.clear();
        }
        accountsRead.put(account.username(), new Read(account, readAt, generation));
    }

    /** Forgets every remembered password of the user (its password or role changed, or it was removed). */
    public void forget(String username) {
        verified.values().removeIf(v -> v.username.equals(username));
        accountsRead.remove(username);
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
        Mac mac = macs.get();
        mac.reset();
        mac.update(username.getBytes(StandardCharsets.UTF_8));
        mac.update((byte) 0);
        mac.update(StandardCharsets.UTF_8.encode(CharBuffer.wrap(password)));
        return Base64.getEncoder().encodeToString(mac.doFinal());
    }
}
