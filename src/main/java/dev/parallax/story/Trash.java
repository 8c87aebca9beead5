package dev.parallax.story;

import dev.parallax.common.ApiException;
import dev.parallax.common.ClusterLock;
import dev.parallax.common.ParallaxConfig;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Deleted stories and versions: listed and restorable by an admin for {@code parallax.trash-retention-days},
 * then purged for good.
 */
@ApplicationScoped
public class Trash {

    private static final Logger LOG = Logger.getLogger(Trash.class);

    @Inject
    ParallaxConfig config;
    @Inject
    dev.parallax.audit.AuditLog audit;

    @Inject
    ClusterLock lock;

    public List<Story> stories() {
        return Story.list("deletedAt is not null order by deletedAt desc");
    }

    /** Deleted versions of stories that are not themselves deleted. */
    public List<Version> versions() {
        return Version.list("deletedAt is not null and story.deletedAt is null order by deletedAt desc");
    }

    public OffsetDateTime purgeAfter(OffsetDateTime deletedAt) {
        return deletedAt.plusDays(config.trashRetentionDays());
    }

    @Transactional
    public Story restoreStory(long id) {
        Story story = Story.findById(id);
        if (story == null || story.deletedAt == null) {
            throw ApiException.notFound("Deleted story", id);
        }
        story.restore();
        audit.record(dev.parallax.audit.AuditAction.STORY_RESTORED, "story " + story.id, story.title);
        return story;
    }

    @Transactional
    public Version restoreVersion(long id) {
        Version version = Version.findById(id);
        if (version == null || version.deletedAt == null) {
            throw ApiException.notFound("Deleted version", id);
        }
        if (version.story.deletedAt != null) {
            throw ApiException.conflict("Story deleted", "Restore the story '" + version.story.title + "' first.");
        }
        version.restore();
        version.story.refreshDate(version);
        audit.record(dev.parallax.audit.AuditAction.VERSION_RESTORED, "version " + version.id + " of story " + version.story.id,
                version.outlet + " (" + version.language + ")");
        return version;
    }

    /** Runs {@link #purge()} daily, starting shortly after startup. */
    @Scheduled(every = "24h", delayed = "10s")
    void purgeDaily() {
        purge();
    }

    /** Purges what has been deleted longer than the retention period. */
    @Transactional
    public int purge() {
        // several instances purge one after the other; the second finds nothing left to purge
        lock.hold(ClusterLock.Name.TRASH_PURGE);
        OffsetDateTime cutoff = OffsetDateTime.now(ZoneOffset.UTC).minusDays(config.trashRetentionDays());
        int purged = 0;
        for (Version v : Version.<Version>list("deletedAt < ?1", cutoff)) {
            Version.update("translationOf = null where translationOf = ?1", v);
            v.delete();
            purged++;
        }
        for (Story s : Story.<Story>list("deletedAt < ?1", cutoff)) {
            s.delete();
            purged++;
        }
        if (purged > 0) {
            LOG.infof("Purged %d stories and versions deleted more than %d days ago", purged, config.trashRetentionDays());
        }
        return purged;
    }
}
