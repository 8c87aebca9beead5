package dev.parallax.user;

import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * When what an instance remembers of API tokens and Basic accounts ({@link ApiTokenService}, {@link CredentialCache})
 * must be forgotten, here and on every other instance sharing the database (ADR 24).
 *
 * <p>A remembered credential carries the {@link #generation()} it was read in and counts only while that is still the
 * current one, so forgetting everything is one increment, and an entry read from the database while a change was
 * being made is never trusted (its generation is already old). The generation moves:
 * <ul>
 *   <li>on this instance, at once, when a change that must end credentials ({@link #changed()}: a token revoked, a
 *   role or password changed, a user removed) is made, and again when its transaction ends;</li>
 *   <li>on every instance, within about {@link #POLL_SECONDS} second, when the counter {@code credential_epoch} that
 *   {@link #changed()} bumps in the same transaction is seen to have moved.</li>
 * </ul>
 * Should the counter not be read for {@link #STALE_AFTER_SECONDS} seconds (a database in trouble), nothing remembered
 * counts ({@link #fresh()} is false) and every request asks the database again, so the bound holds even then.
 */
@ApplicationScoped
public class CredentialChanges {

    private static final Logger LOG = Logger.getLogger(CredentialChanges.class);

    /** How often the counter is read. */
    static final int POLL_SECONDS = 1;
    /** After this long without reading the counter, nothing remembered is trusted. */
    static final int STALE_AFTER_SECONDS = 5;

    private final AtomicLong generation = new AtomicLong();
    private volatile long lastRead = System.nanoTime() - TimeUnit.SECONDS.toNanos(STALE_AFTER_SECONDS + 1L);
    private volatile long epoch = Long.MIN_VALUE;

    @Inject
    EntityManager em;
    @Inject
    TransactionSynchronizationRegistry transactions;
    @Inject
    AgroalDataSource dataSource;

    /** The current generation: what a remembered credential must carry to count. */
    public long generation() {
        return generation.get();
    }

    /** Whether remembered credentials may be used at all (the counter was read recently). */
    public boolean fresh() {
        return System.nanoTime() - lastRead < TimeUnit.SECONDS.toNanos(STALE_AFTER_SECONDS);
    }

    /**
     * A change that must end remembered credentials, made in the current transaction: bumps the shared counter in
     * it, and forgets everything on this instance now and again once the transaction has ended (a request that read
     * the old row meanwhile cannot leave it remembered).
     */
    public void changed() {
        em.createNativeQuery("update credential_epoch set epoch = epoch + 1 where id = 1").executeUpdate();
        generation.incrementAndGet();
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                generation.incrementAndGet();
            }
        });
    }

    /** Forgets everything remembered on this instance (tests; a change outside the application). */
    public void forgetAll() {
        generation.incrementAndGet();
    }

    /** Reads the shared counter; forgets everything when another instance (or this one) moved it. */
    @Scheduled(every = POLL_SECONDS + "s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    synchronized void poll() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("select epoch from credential_epoch where id = 1");
             ResultSet rs = q.executeQuery()) {
            long now = rs.next() ? rs.getLong(1) : Long.MIN_VALUE;
            if (now != epoch) {
                generation.incrementAndGet();
                epoch = now;
            }
            lastRead = System.nanoTime();
        } catch (SQLException e) {
            LOG.debugf(e, "Could not read credential_epoch; remembered credentials are not used until it is read again");
        }
    }
}
