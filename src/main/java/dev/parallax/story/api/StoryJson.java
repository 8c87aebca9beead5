package dev.parallax.story.api;

import dev.parallax.story.Paragraph;
import dev.parallax.story.Story;
import dev.parallax.story.StoryList;
import dev.parallax.story.Version;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** The JSON shapes of the stories API (other issues and external scripts depend on them: change with care). */
public final class StoryJson {

    private StoryJson() {
    }

    /**
     * A story in a list: {@code languages} are its versions' distinct languages, {@code updatedAt} its last change,
     * {@code date} the story's date (its versions' earliest publication date, or the day it was added).
     */
    public record StorySummary(Long id, String title, String slug, int versions, List<String> languages, List<String> outlets,
                               OffsetDateTime createdAt, OffsetDateTime updatedAt, LocalDate date) {
        static StorySummary of(StoryList.Item item) {
            Story s = item.story();
            return new StorySummary(s.id, s.title, s.slug, item.versions(), item.languages(), item.outlets(), s.createdAt, s.updatedAt,
                    s.storyDate);
        }
    }

    public record StoryCreated(Long id, String title, String slug) {
        static StoryCreated of(Story s) {
            return new StoryCreated(s.id, s.title, s.slug);
        }
    }

    public record StoryDetail(Long id, String title, String slug, List<VersionSummary> versions) {
        public static StoryDetail of(Story s) {
            return new StoryDetail(s.id, s.title, s.slug, s.versions.stream().map(VersionSummary::of).toList());
        }
    }

    public record VersionSummary(Long id, String key, String outlet, String language, String title, String kind,
                                 Long translationOf, String sourceUrl, LocalDate publishedAt, int paragraphs) {
        static VersionSummary of(Version v) {
            return new VersionSummary(v.id, v.key, v.outlet, v.language, v.title, v.kind.label(),
                    v.liveTranslationOf() == null ? null : v.liveTranslationOf().id, v.sourceUrl, v.publishedAt, v.paragraphs.size());
        }
    }

    public record ParagraphJson(int index, String text, int revision, String status) {
        public static ParagraphJson of(Paragraph p) {
            return new ParagraphJson(p.ordinal, p.text, p.revision, p.status.label());
        }
    }

    public record VersionDetail(Long id, Long storyId, String key, String outlet, String language, String direction,
                                String title, String kind, Long translationOf, String sourceUrl, LocalDate publishedAt,
                                List<ParagraphJson> paragraphs) {
        public static VersionDetail of(Version v) {
            return new VersionDetail(v.id, v.story.id, v.key, v.outlet, v.language, v.direction(), v.title, v.kind.label(),
                    v.liveTranslationOf() == null ? null : v.liveTranslationOf().id, v.sourceUrl, v.publishedAt,
                    v.paragraphs.stream().map(ParagraphJson::of).toList());
        }
    }

    /** POST /api/stories */
    public record NewStory(String title) {
    }
}
