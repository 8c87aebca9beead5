package dev.parallax.intake;

import dev.parallax.common.ApiException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Re-fetches watched versions when they are due. Safe with several instances on one database: each due
 * watch is claimed by a conditional update of its claim counter, which only one instance can win, and the
 * claim moves its next check forward before the fetch starts.
 */
@ApplicationScoped
public class WatchJob {

    private static final Logger LOG = Logger.getLogger(WatchJob.class);
    static final int BATCH = 50;

    @Inject
    IntakeService intake;
    @Inject
    FetchConfig config;

    @Scheduled(every = "${parallax.fetch.watch-every:1m}", delayed = "${parallax.fetch.watch-delay:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        if (config.watchEnabled()) {
            runDue();
        }
    }

    /** Checks every watch that is due now; returns how many this instance checked. */
    public int runDue() {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        List<VersionWatch> due = QuarkusTransaction.requiringNew().call(() ->
                VersionWatch.<VersionWatch>find("watched = true and nextCheckAt <= ?1 order by nextCheckAt", now).page(0, BATCH).list());
        int checked = 0;
        for (VersionWatch w : due) {
            if (!claim(w)) {
                continue; // another instance took it
            }
            checked++;
            try {
                intake.refresh(w.versionId);
            } catch (ApiException failure) {
                if (failure.status() == 404) {
                    QuarkusTransaction.requiringNew().run(() -> VersionWatch.update("watched = false where versionId = ?1", w.versionId));
                }
                // other failures are on the watch already, shown on the version
            } catch (RuntimeException unexpected) {
                LOG.warnf("Watching version %d failed: %s", w.versionId, unexpected.toString());
            }
        }
        return checked;
    }

    private boolean claim(VersionWatch seen) {
        OffsetDateTime next = OffsetDateTime.now(ZoneOffset.UTC).plusSeconds(seen.intervalSeconds);
        return QuarkusTransaction.requiringNew().call(() -> VersionWatch.update(
                "claims = claims + 1, nextCheckAt = ?1 where versionId = ?2 and claims = ?3", next, seen.versionId, seen.claims)) == 1;
    }
}
