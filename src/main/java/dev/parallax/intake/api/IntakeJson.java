package dev.parallax.intake.api;

import dev.parallax.compare.engine.Flag;
import dev.parallax.compare.engine.Op;
import dev.parallax.intake.IntakeService;
import dev.parallax.intake.Snapshot;
import dev.parallax.intake.VersionWatch;
import dev.parallax.intake.engine.SnapshotDiff;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** The JSON shapes of versions read from the web, their snapshots and the changes feed. */
public final class IntakeJson {

    private IntakeJson() {
    }

    /** POST /api/stories/{id}/versions/from-url */
    public record FromUrl(String url, String outlet, String language, Boolean watch) {
    }

    public record ParagraphJson(int index, String text) {
    }

    /** ?preview=true: what would be stored. */
    public record Preview(boolean preview, String url, String sourceUrl, String outlet, String language, String direction,
                          boolean languageDetected, String title, LocalDate publishedAt, List<ParagraphJson> paragraphs) {
        public static Preview of(IntakeService.Draft d) {
            List<ParagraphJson> ps = new java.util.ArrayList<>();
            for (int i = 0; i < d.paragraphs().size(); i++) {
                ps.add(new ParagraphJson(i, d.paragraphs().get(i)));
            }
            return new Preview(true, d.url(), d.sourceUrl(), d.outlet(), d.language(), d.direction(), d.languageDetected(), d.title(),
                    d.publishedAt(), ps);
        }
    }

    public record RefreshJson(boolean changed, int snapshot) {
    }

    public record SnapshotSummary(int number, OffsetDateTime fetchedAt, boolean changed, int flags, boolean applied, String title, String url) {
        public static SnapshotSummary of(Snapshot s) {
            return new SnapshotSummary(s.number, s.fetchedAt, s.changed, s.flags, s.applied, s.title, s.url);
        }
    }

    public record OpJson(String op, String text) {
        static OpJson of(Op o) {
            return new OpJson(o.op().json(), o.text());
        }
    }

    public record FlagJson(String type, String before, String after, String message) {
        static FlagJson of(Flag f) {
            return new FlagJson(f.type().key(), f.base(), f.other(), f.message());
        }
    }

    public record ChangeJson(String kind, String before, String after, List<OpJson> ops, List<FlagJson> flags) {
        static ChangeJson of(SnapshotDiff.Change c) {
            return new ChangeJson(c.kind().name().toLowerCase(java.util.Locale.ROOT), c.before(), c.after(),
                    c.ops().stream().map(OpJson::of).toList(), c.flags().stream().map(FlagJson::of).toList());
        }
    }

    /** One snapshot with its text and how it differs from the one before. */
    public record SnapshotDetail(int number, OffsetDateTime fetchedAt, boolean changed, int flags, boolean applied, String title,
                                 String previousTitle, String url, List<String> paragraphs, List<ChangeJson> changes) {
    }

    public record WatchJson(long version, boolean watched, int intervalSeconds, OffsetDateTime nextCheckAt, OffsetDateTime lastCheckedAt,
                            String lastError, OffsetDateTime lastErrorAt, int snapshots) {
        public static WatchJson of(VersionWatch w, int snapshots) {
            return new WatchJson(w.versionId, w.watched, w.intervalSeconds, w.watched ? w.nextCheckAt : null, w.lastCheckedAt, w.lastError,
                    w.lastErrorAt, snapshots);
        }
    }

    public record ChangeEntry(long story, String storyTitle, long version, String outlet, String language, int snapshot,
                              OffsetDateTime fetchedAt, int flags, boolean applied, String url) {
    }
}
