package dev.parallax.user;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The sign-in form's sessions, kept on the server so that signing out ends every session of the user (another
 * browser, a copied cookie) and not just the cookie of the browser that signed out. Quarkus' own cookie stays the
 * proof of who is signed in; a second HttpOnly cookie carries a random token that must name a live session of the
 * same user. Tokens are stored hashed and cached in memory; the database is asked on a miss (another instance started
 * the session) and every five minutes of use (another instance may have ended it). Rows idle longer than the session
 * timeout are purged.
 */
@ApplicationScoped
public class Sessions {

    private static final Logger LOG = Logger.getLogger(Sessions.class);

    /** The cookie that carries the session token. */
    public static final String COOKIE = "parallax-session";
    private static final long TOUCH_EVERY = Duration.ofMinutes(5).toMillis();

    private record Live(String username, long lastSeen, long lastStored) {
    }

    private final SecureRandom random = new SecureRandom();
    private final Map<String, Live> live = new ConcurrentHashMap<>();

    @ConfigProperty(name = "quarkus.http.auth.form.timeout")
    Duration idleTimeout;

    /**
     * Starts a session for the user; the token goes in the cookie and nowhere else. Blocking: the session is stored
     * before the sign-in is answered, so the browser's next request may reach any instance.
     */
    public String start(String username) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        String hash = hash(token);
        long now = System.currentTimeMillis();
        live.put(hash, new Live(username, now, now));
        store(hash, username);
        return token;
    }

    /** Whether the token is a live session of this user, from memory (no blocking) — null if it must be looked up. */
    public Boolean checkCached(String token, String username) {
        if (token == null || token.isEmpty()) {
            return false;
        }
        String hash = hash(token);
        Live session = live.get(hash);
        if (session == null) {
            return null;
        }
        long now = System.currentTimeMillis();
        if (!session.username().equals(username) || now - session.lastSeen() > idleTimeout.toMillis()) {
            return false;
        }
        if (now - session.lastStored() > TOUCH_EVERY) {
            return null; // look again in the database (another instance may have ended it) and note the use there
        }
        live.put(hash, new Live(username, now, session.lastStored()));
        return true;
    }

    /** The database lookup behind {@link #checkCached} (blocking). */
    public boolean checkStored(String token, String username) {
        String hash = hash(token);
        UserSession row = QuarkusTransaction.requiringNew().call(() -> UserSession.<UserSession>findById(hash));
        if (row == null || !row.username.equals(username)
                || row.lastSeen.isBefore(OffsetDateTime.now(ZoneOffset.UTC).minus(idleTimeout))) {
            live.remove(hash);
            return false;
        }
        long now = System.currentTimeMillis();
        live.put(hash, new Live(username, now, now));
        Infrastructure.getDefaultWorkerPool().execute(() -> touch(hash));
        return true;
    }

    /** Ends every session of the user, in every browser (blocking: the database row goes too). */
    public int endAll(String username) {
        live.values().removeIf(s -> s.username().equals(username));
        return QuarkusTransaction.requiringNew().call(() -> (int) UserSession.delete("username", username));
    }

    @Scheduled(every = "1h", delayed = "1m")
    void purge() {
        OffsetDateTime cutoff = OffsetDateTime.now(ZoneOffset.UTC).minus(idleTimeout);
        long purged = QuarkusTransaction.requiringNew().call(() -> UserSession.delete("lastSeen < ?1", cutoff));
        long now = System.currentTimeMillis();
        live.values().removeIf(s -> now - s.lastSeen() > idleTimeout.toMillis());
        if (purged > 0) {
            LOG.debugf("Purged %d idle sessions", purged);
        }
    }

    private void store(String hash, String username) {
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                UserSession s = new UserSession();
                s.tokenHash = hash;
                s.username = username;
                s.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
                s.lastSeen = s.createdAt;
                s.persist();
            });
        } catch (RuntimeException e) {
            LOG.errorf(e, "Could not store a session of '%s'", username);
        }
    }

    private void touch(String hash) {
        try {
            QuarkusTransaction.requiringNew().run(() -> UserSession.update("lastSeen = ?1 where tokenHash = ?2",
                    OffsetDateTime.now(ZoneOffset.UTC), hash));
        } catch (RuntimeException e) {
            LOG.debugf(e, "Could not touch a session");
        }
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
