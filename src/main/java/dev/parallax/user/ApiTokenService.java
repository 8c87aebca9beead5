package dev.parallax.user;

import dev.parallax.common.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

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
import java.util.regex.Pattern;

/**
 * Personal API tokens: made, listed and revoked by their owner, checked on every API request that sends
 * {@code Authorization: Bearer …}. A token is {@code pxt_} and 43 characters of a 256-bit random secret;
 * the database holds its SHA-256 hash (a slow password hash would add nothing to a secret this long and
 * cost every request), so checking one is a single indexed lookup.
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

    private static final SecureRandom RANDOM = new SecureRandom();

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
            events.fire(new ApiTokenEvent(currentUser.name(), username, ApiTokenEvent.REVOKED, token.id, token.name));
        }
        return token;
    }

    /**
     * The user a token acts for, or {@link CredentialRejected} saying why not. Notes the use (to the minute).
     * This runs on every Bearer request, so it reads only the columns it needs in one indexed query (no entities
     * to load and dirty-check) and writes last use with one UPDATE at most once a minute per token. The row is
     * read every time, as Basic's account is: a revocation, expiry, role change or removed user applies at once,
     * on every instance.
     */
    @Transactional
    public TokenUser authenticate(String secret) {
        if (secret == null || !TOKEN.matcher(secret).matches()) {
            throw CredentialRejected.of("Malformed token",
                    "A Parallax API token is 'pxt_' followed by 43 letters, digits, '-' or '_'; create one on /account/tokens.");
        }
        List<Object[]> found = em.createQuery("select t.id, t.name, t.revokedAt, t.expiresAt, t.lastUsedAt, u.username, u.roles"
                        + " from ApiToken t join t.user u where t.tokenHash = :hash", Object[].class)
                .setParameter("hash", sha256(secret)).setMaxResults(1).getResultList();
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
        }
        return new TokenUser((String) row[5], (String) row[6], id);
    }

    static String sha256(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String day(OffsetDateTime at) {
        return at.withOffsetSameInstant(ZoneOffset.UTC).format(DateTimeFormatter.ISO_LOCAL_DATE);
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
