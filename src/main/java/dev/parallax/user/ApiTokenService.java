package dev.parallax.user;

import dev.parallax.common.ApiException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * Personal API tokens: made, listed and revoked by their owner, checked on every API request that sends
 * {@code Authorization: Bearer …}. A token is {@code pxt_} and 43 characters of a 256-bit random secret;
 * the database holds its SHA-256 hash (a slow password hash would add nothing to a secret this long and
 * cost every request), so checking one is a single indexed lookup; a token verified in the last 30 s is answered
 * from memory ({@link #remembered}), without a query or a transaction.
 */
@ApplicationScoped
public class ApiTokenService {

    public static final String PREFIX = "pxt_";
    static final Pattern TOKEN = Pattern.compile("pxt_[A-Za-z0-9_-]{43}");
    public static final int DEFAULT_DAYS = 90;
    public static final int MAX_DAYS = 366;
    static final int MAX_ACTIVE = 50;
    /** last_used_at is written at most this often per token, so a busy script does not write on every call. */
    static final long LAST_USE_RESOLUTION_SECONDS = 60;

    /** How long a verified token is trusted from memory before the database is asked again. */
    static final long REMEMBER_NANOS = TimeUnit.SECONDS.toNanos(30);
    static final int MAX_REMEMBERED = 10_000;

    private static final Logger LOG = Logger.getLogger(ApiTokenService.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A token read from the database: who it acts for, until when, and when its last use was last written. */
    private record Known(TokenUser user, byte[] hash, long expiresAt, long readAt, long generation, AtomicLong lastUseWritten) {
    }

    /** Verified tokens by the hex SHA-256 of the secret (never the secret itself). */
    private final Map<String, Known> known = new ConcurrentHashMap<>();
    private final AtomicLong hits = new AtomicLong();

    /** A token just made: the only moment its secret exists outside the client. */
    public record Created(ApiToken token, String secret) {
    }

    /** Who a valid token acts for. */
    public record TokenUser(String username, String roles, long tokenId) {
    }

    @Inject
    Event<ApiTokenEvent> events;
    @Inject
    CurrentUser currentUser;
    @Inject
    EntityManager em;
    @Inject
    CredentialChanges changes;

    public List<ApiToken> list(String username) {
        return ApiToken.list("user.username = ?1 order by createdAt desc, id desc", username);
    }

    @Transactional
    public Created create(String username, String name, Integer days) {
        User user = User.findByUsername(username).orElseThrow(() -> ApiException.notFound("User", username));
        String cleanName = name == null ? "" : name.strip();
        if (cleanName.isEmpty() || cleanName.length() > 100) {
            throw ApiException.badRequest("Invalid token name", "Name the token (1 to 100 characters), e.g. after the script that uses it.");
        }
        int validDays = days == null ? DEFAULT_DAYS : days;
        if (validDays < 1 || validDays > MAX_DAYS) {
            throw ApiException.badRequest("Invalid expiry", "A token lives 1 to " + MAX_DAYS + " days; " + validDays + " is out of range.");
        }
        OffsetDateTime now = now();
        List<ApiToken> active = ApiToken.<ApiToken>list("user = ?1 and revokedAt is null and expiresAt > ?2", user, now);
        if (active.stream().anyMatch(t -> t.name.equalsIgnoreCase(cleanName))) {
            throw ApiException.conflict("Token name taken", "You already have an active token named '" + cleanName + "'.");
        }
        if (active.size() >= MAX_ACTIVE) {
            throw ApiException.conflict("Too many tokens", "You have " + MAX_ACTIVE + " active tokens; revoke one first.");
        }
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        ApiToken token = new ApiToken();
        token.user = user;
        token.name = cleanName;
        token.tokenHash = sha256(secret);
        token.prefix = secret.substring(0, PREFIX.length() + 4);
        token.createdAt = now;
        token.expiresAt = now.plusDays(validDays);
        token.persist();
        events.fire(new ApiTokenEvent(currentUser.name(), username, ApiTokenEvent.CREATED, token.id, token.name));
        return new Created(token, secret);
    }

    /** Revokes one of the user's tokens (404 for anyone else's); revoking twice is harmless. */
    @Transactional
    public ApiToken revoke(String username, long id) {
        ApiToken token = ApiToken.findById(id);
        if (token == null || !token.user.username.equals(username)) {
            throw ApiException.notFound("Token", id);
        }
        if (token.revokedAt == null) {
            token.revokedAt = now();
            changes.changed(); // forgotten at once here, within about a second on other instances
            events.fire(new ApiTokenEvent(currentUser.name(), username, ApiTokenEvent.REVOKED, token.id, token.name));
        }
        return token;
    }

    /**
     * The user of a token verified recently, from memory alone, or null when the database must be asked
     * ({@link #authenticate}). Never blocks and opens no transaction, so a script's requests cost a hash and a map
     * look-up. A token counts here for at most {@link #REMEMBER_NANOS} after it was read, only while nothing that
     * ends credentials happened since ({@link CredentialChanges}: a revocation, a role change, a removed user, here
     * at once and on other instances within about a second), and never past its expiry. Last use is noted in the
     * background at most once a minute.
     */
    public TokenUser remembered(String secret) {
        if (secret == null || !TOKEN.matcher(secret).matches() || !changes.fresh()) {
            return null;
        }
        byte[] digest = digest(secret);
        Known k = known.get(HexFormat.of().formatHex(digest));
        if (k == null || k.generation != changes.generation() || !MessageDigest.isEqual(k.hash, digest)
                || System.nanoTime() - k.readAt > REMEMBER_NANOS) {
            return null;
        }
        long now = System.currentTimeMillis();
        if (k.expiresAt <= now) {
            return null; // the database path says "Token expired"
        }
        long last = k.lastUseWritten.get();
        if (now - last >= LAST_USE_RESOLUTION_SECONDS * 1000 && k.lastUseWritten.compareAndSet(last, now)) {
            Infrastructure.getDefaultWorkerPool().execute(() -> writeLastUse(k.user.tokenId()));
        }
        hits.incrementAndGet();
        return k.user;
    }

    /**
     * The user a token acts for, or {@link CredentialRejected} saying why not, read from the database (a token not
     * remembered, or remembered too long ago); notes the use (to the minute) and remembers the token. One indexed
     * query of the columns it needs (no entities to load and dirty-check), and one UPDATE at most once a minute.
     */
    @Transactional
    public TokenUser authenticate(String secret) {
        if (secret == null || !TOKEN.matcher(secret).matches()) {
            throw CredentialRejected.of("Malformed token",
                    "A Parallax API token is 'pxt_' followed by 43 letters, digits, '-' or '_'; create one on /account/tokens.");
        }
        long generation = changes.generation(); // before reading: a change made meanwhile makes this read not count
        long readAt = System.nanoTime();
        byte[] digest = digest(secret);
        String hash = HexFormat.of().formatHex(digest);
        List<Object[]> found = em.createQuery("select t.id, t.name, t.revokedAt, t.expiresAt, t.lastUsedAt, u.username, u.roles"
                        + " from ApiToken t join t.user u where t.tokenHash = :hash", Object[].class)
                .setParameter("hash", hash).setMaxResults(1).getResultList();
        if (found.isEmpty()) {
            throw CredentialRejected.of("Unknown token", "No token matches this one; it may be mistyped or its user removed.");
        }
        Object[] row = found.get(0);
        long id = (Long) row[0];
        String name = (String) row[1];
        OffsetDateTime revokedAt = (OffsetDateTime) row[2];
        OffsetDateTime expiresAt = (OffsetDateTime) row[3];
        OffsetDateTime lastUsedAt = (OffsetDateTime) row[4];
        OffsetDateTime now = now();
        if (revokedAt != null) {
            throw CredentialRejected.of("Token revoked", "The token '" + name + "' was revoked on " + day(revokedAt) + ".");
        }
        if (!expiresAt.isAfter(now)) {
            throw CredentialRejected.of("Token expired", "The token '" + name + "' expired on " + day(expiresAt)
                    + "; create a new one on /account/tokens.");
        }
        if (lastUsedAt == null || lastUsedAt.isBefore(now.minusSeconds(LAST_USE_RESOLUTION_SECONDS))) {
            em.createQuery("update ApiToken t set t.lastUsedAt = :now where t.id = :id")
                    .setParameter("now", now).setParameter("id", id).executeUpdate();
            lastUsedAt = now;
        }
        TokenUser user = new TokenUser((String) row[5], (String) row[6], id);
        if (known.size() >= MAX_REMEMBERED) {
            known.clear();
        }
        known.put(hash, new Known(user, digest, expiresAt.toInstant().toEpochMilli(), readAt, generation,
                new AtomicLong(lastUsedAt.toInstant().toEpochMilli())));
        return user;
    }

    /** Requests answered from memory, for tests and metrics. */
    public long hits() {
        return hits.get();
    }

    private void writeLastUse(long id) {
        try {
            QuarkusTransaction.requiringNew().run(() -> em.createQuery("update ApiToken t set t.lastUsedAt = :now where t.id = :id")
                    .setParameter("now", now()).setParameter("id", id).executeUpdate());
        } catch (RuntimeException e) {
            LOG.debugf(e, "Could not note the last use of token %d", id);
        }
    }

    static byte[] digest(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha256(String secret) {
        return HexFormat.of().formatHex(digest(secret));
    }

    private static String day(OffsetDateTime at) {
        return at.withOffsetSameInstant(ZoneOffset.UTC).format(DateTimeFormatter.ISO_LOCAL_DATE);
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
