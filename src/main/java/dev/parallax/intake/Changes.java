package dev.parallax.intake;

import dev.parallax.story.Version;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Recent changes outlets made to watched pages, across stories or for one, and each version's watch state
 * for the pages ({@code {inject:watches.of(v.id)}} on the story page; named so the story package needs no
 * import of this one).
 */
@ApplicationScoped
@Named("watches")
public class Changes {

    public static final int LIMIT = 200;

    @Inject
    dev.parallax.user.CurrentUser currentUser;

    /** A changed snapshot with its version (story and outlet). */
    public record Item(Snapshot snapshot, Version version) {
    }

    /** What the story page says about a version read from the web. */
    public record State(boolean fromWeb, boolean watched, OffsetDateTime lastCheckedAt, String lastError, int latest,
                        OffsetDateTime latestChangeAt, boolean unseen, int changes) {
        public static final State NONE = new State(false, false, null, null, 0, null, false, 0);
    }

    public List<Item> recent(OffsetDateTime since, Long storyId) {
        List<Snapshot> snapshots = storyId == null
                ? Snapshot.find("changed = true and fetchedAt >= ?1 order by fetchedAt desc, id desc", since).page(0, LIMIT).list()
                : Snapshot.find("changed = true and fetchedAt >= ?1 and storyId = ?2 order by fetchedAt desc, id desc", since, storyId)
                .page(0, LIMIT).list();
        List<Item> items = new ArrayList<>();
        for (Snapshot s : snapshots) {
            Version v = Version.findById(s.versionId);
            if (v != null && v.deletedAt == null && v.story.deletedAt == null) {
                items.add(new Item(s, v));
            }
        }
        return items;
    }

    public State of(Long versionId) {
        Snapshot latest = Snapshot.latest(versionId);
        VersionWatch w = VersionWatch.findById(versionId);
        if (latest == null && w == null) {
            return State.NONE;
        }
        long changes = Snapshot.count("versionId = ?1 and changed = true", versionId);
        Snapshot lastChange = Snapshot.find("versionId = ?1 and changed = true order by number desc", versionId).firstResult();
        boolean unseen = false;
        if (lastChange != null && currentUser.isSignedIn()) {
            VersionSeen seen = VersionSeen.findById(new VersionSeen.Key(IntakeService.limit(currentUser.name(), 100), versionId));
            unseen = seen == null || seen.snapshot < lastChange.number;
        }
        return new State(true, w != null && w.watched, w == null ? null : w.lastCheckedAt, w == null ? null : w.lastError,
                latest == null ? 0 : latest.number, lastChange == null ? null : lastChange.fetchedAt, unseen, (int) changes);
    }
}
