package dev.parallax.story;

import dev.parallax.common.ApiException;
import dev.parallax.common.ParallaxConfig;
import dev.parallax.text.Paragraphs;
import dev.parallax.text.Slugs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Every write to stories and versions goes through here, each in one transaction: a request that fails
 * validation throws before anything is flushed, so nothing is half-saved.
 */
@ApplicationScoped
public class StoryService {

    @Inject
    dev.parallax.audit.AuditLog audit;

    @Inject
    ParallaxConfig config;
    @Inject
    dev.parallax.user.CurrentUser currentUser;

    /** A story that is not deleted, or 404. */
    public Story story(long id) {
        Story story = Story.findById(id);
        if (story == null || story.deletedAt != null) {
            throw ApiException.notFound("Story", id);
        }
        return story;
    }

    /** A version that is not deleted (nor its story), or 404. */
    public Version version(long id) {
        Version version = Version.findById(id);
        if (version == null || version.deletedAt != null || version.story.deletedAt != null) {
            throw ApiException.notFound("Version", id);
        }
        return version;
    }

    @Transactional
    public Story createStory(String title, String slug) {
        if (title == null || title.isBlank()) {
            throw ApiException.badRequest("Invalid title", "A story needs a title.");
        }
        String cleanTitle = Paragraphs.normalise(title).strip().replaceAll("\\s+", " ");
        if (cleanTitle.length() > VersionMetadata.MAX_TITLE) {
            throw ApiException.badRequest("Invalid title", "The title is longer than " + VersionMetadata.MAX_TITLE + " characters.");
        }
        Story story = new Story();
        story.title = cleanTitle;
        story.slug = uniqueSlug(slug == null || slug.isBlank() ? Slugs.of(cleanTitle) : Slugs.of(slug));
        story.createdAt = story.updatedAt = now();
        story.refreshDate();
        story.persist();
        return story;
    }

    @Transactional
    public Version addVersion(long storyId, VersionInput input) {
        return addVersion(story(storyId), input, Map.of());
    }

    /**
     * Adds a version at the end of the story. {@code keyed} resolves {@code translation-of} keys of a story
     * folder being imported (versions created earlier in the same transaction).
     */
    @Transactional
    public Version addVersion(Story story, VersionInput input, Map<String, Version> keyed) {
        checkSize(input.text());
        List<String> paragraphs = Paragraphs.split(input.text());
        if (paragraphs.isEmpty()) {
            throw ApiException.badRequest("Empty text", "A version needs text: paragraphs separated by blank lines.");
        }
        return createVersion(story, input, keyed, paragraphs);
    }

    /**
     * Adds a version with the given paragraphs, which may be empty strings (a translation to be filled
     * in); {@code input.text()} is ignored.
     */
    @Transactional
    public Version createVersion(Story story, VersionInput input, Map<String, Version> keyed, List<String> paragraphs) {
        return createVersion(story, input, keyed, paragraphs, null);
    }

    /**
     * As {@link #createVersion(Story, VersionInput, Map, List)}, with each paragraph's status given (an import
     * of a file that carries them); a null list or a null entry means the default.
     */
    @Transactional
    public Version createVersion(Story story, VersionInput input, Map<String, Version> keyed, List<String> paragraphs,
                                 List<ParagraphStatus> statuses) {
        Version version = new Version();
        version.story = story;
        version.key = input.key();
        applyMetadata(version, input, keyed);
        version.ordinal = story.versions.stream().mapToInt(v -> v.ordinal + 1).max().orElse(0);
        version.createdAt = version.updatedAt = now();
        for (int i = 0; i < paragraphs.size(); i++) {
            Paragraph paragraph = new Paragraph(version, i, paragraphs.get(i));
            // a translation that arrives with its text (a file, an import) is translated already
            if (version.kind == VersionKind.TRANSLATION && !paragraph.text.isEmpty()) {
                paragraph.status = ParagraphStatus.TRANSLATED;
            }
            if (statuses != null && i < statuses.size() && statuses.get(i) != null) {
                paragraph.status = statuses.get(i);
            }
            version.paragraphs.add(paragraph);
        }
        version.persist();
        recordCreation(version);
        story.versions.add(version);
        story.updatedAt = version.createdAt;
        story.refreshDate();
        return version;
    }

    /**
     * {@link #updateMetadata(long, Map)}, then {@code more} on the version (fields other features own, such as intake's
     * watch), in one transaction: a bad value of either changes nothing. With no metadata to change, the version is only
     * read before {@code more}; {@code more} null changes the metadata alone.
     */
    @Transactional
    public Version updateMetadata(long versionId, Map<String, String> changes, java.util.function.Consumer<Version> more) {
        Version version = changes.isEmpty() && more != null ? version(versionId) : updateMetadata(versionId, changes);
        if (more != null) {
            more.accept(version);
        }
        return version;
    }

    /** Replaces the metadata fields present in {@code changes} (absent fields stay; text is not metadata). */
    @Transactional
    public Version updateMetadata(long versionId, Map<String, String> changes) {
        Version version = version(versionId);
        VersionInput current = new VersionInput(version.key, version.outlet, version.language, version.title,
                version.kind.label(), version.translationOf == null ? null : String.valueOf(version.translationOf.id),
                version.sourceUrl, version.publishedAt == null ? null : version.publishedAt.toString(), null);
        VersionInput updated = new VersionInput(version.key,
                changes.containsKey("outlet") ? changes.get("outlet") : current.outlet(),
                changes.containsKey("language") ? changes.get("language") : current.language(),
                changes.containsKey("title") ? changes.get("title") : current.title(),
                changes.containsKey("kind") ? changes.get("kind") : current.kind(),
                changes.containsKey("translationOf") ? changes.get("translationOf") : current.translationOf(),
                changes.containsKey("sourceUrl") ? changes.get("sourceUrl") : current.sourceUrl(),
                changes.containsKey("publishedAt") ? changes.get("publishedAt") : current.publishedAt(),
                null);
        applyMetadata(version, updated, Map.of());
        version.updatedAt = now();
        version.story.updatedAt = version.updatedAt;
        version.story.refreshDate();
        return version;
    }

    /**
     * Deletes softly: the version disappears from every view but stays restorable by an admin until
     * it is purged after {@code parallax.trash-retention-days}.
     */
    @Transactional
    public void deleteVersion(long versionId) {
        Version version = version(versionId);
        version.markDeleted(now(), currentUser.name());
        audit.record(dev.parallax.audit.AuditAction.VERSION_DELETED, "version " + version.id + " of story " + version.story.id,
                version.outlet + " (" + version.language + ")");
        version.story.updatedAt = version.deletedAt;
        version.story.refreshDate();
        // not removed from story.versions: orphan removal would delete it for good
    }

    /** Deletes softly, like {@link #deleteVersion}. */
    @Transactional
    public void deleteStory(long storyId) {
        Story story = story(storyId);
        story.markDeleted(now(), currentUser.name());
        audit.record(dev.parallax.audit.AuditAction.STORY_DELETED, "story " + story.id, story.title);
    }

    /**
     * Notes a change to a story's text (the lists sort by it, newest change first). Its own short transaction,
     * best effort: two saves racing on one story both mean "changed now", so a lost race loses nothing.
     */
    public void touch(long storyId) {
        OffsetDateTime now = now();
        try {
            io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() ->
                    Story.update("updatedAt = ?1 where id = ?2 and updatedAt < ?1", now, storyId));
        } catch (RuntimeException concurrent) {
            // another request touched it at the same moment
        }
    }

    /** Writes the first revision of each paragraph of a new version: its history starts with who made it. */
    public void recordCreation(Version version) {
        OffsetDateTime at = now();
        String author = currentUser.name();
        for (Paragraph p : version.paragraphs) {
            Revision.of(p, Revision.Kind.CREATE, null, author, at).persist();
        }
    }

    private void applyMetadata(Version version, VersionInput input, Map<String, Version> keyed) {
        String outlet = VersionMetadata.outlet(input.outlet());
        String language = VersionMetadata.language(input.language());
        String title = VersionMetadata.title(input.title());
        VersionKind kind = VersionKind.parse(input.kind());
        Version translationOf = resolveTranslationOf(version, input.translationOf(), keyed);
        if (translationOf != null && input.kind() == null) {
            kind = VersionKind.TRANSLATION;
        }
        if (translationOf != null && kind != VersionKind.TRANSLATION) {
            throw ApiException.badRequest("Invalid kind", "A version that is a translation of another must have kind 'translation'.");
        }
        String sourceUrl = VersionMetadata.sourceUrl(input.sourceUrl());
        var publishedAt = VersionMetadata.publishedAt(input.publishedAt());
        version.outlet = outlet;
        version.language = language;
        version.title = title;
        version.kind = kind;
        version.translationOf = translationOf;
        version.sourceUrl = sourceUrl;
        version.publishedAt = publishedAt;
    }

    private Version resolveTranslationOf(Version version, String reference, Map<String, Version> keyed) {
        if (reference == null || reference.isBlank()) {
            return null;
        }
        String ref = reference.strip();
        Version source = keyed.get(ref);
        if (source == null && ref.chars().allMatch(Character::isDigit) && ref.length() < 19) {
            source = Version.findById(Long.parseLong(ref));
            if (source != null && source.deletedAt != null) {
                source = null;
            }
            if (source != null && !Objects.equals(source.story.id, version.story.id)) {
                throw ApiException.badRequest("Invalid translationOf", "Version " + ref + " belongs to another story.");
            }
        }
        if (source == null && version.story != null) {
            source = version.story.versions.stream().filter(v -> ref.equals(v.key)).findFirst().orElse(null);
        }
        if (source == null) {
            throw ApiException.badRequest("Invalid translationOf", "No version '" + ref + "' in this story to be a translation of.");
        }
        if (source == version || (version.id != null && Objects.equals(source.id, version.id))) {
            throw ApiException.badRequest("Invalid translationOf", "A version cannot be a translation of itself.");
        }
        return source;
    }

    public void checkSize(String text) {
        long max = config.maxTextSize().asLongValue();
        if (text != null && text.length() > max / 3 && text.getBytes(StandardCharsets.UTF_8).length > max) {
            throw ApiException.tooLarge("The text is " + megabytes(text.getBytes(StandardCharsets.UTF_8).length) + "; the limit is "
                    + megabytes(max) + " (" + max + " bytes, parallax.max-text-size). Shorten it or split it into two versions.");
        }
    }

    /** "3.1 MB", "2 MB": sizes as people read them. */
    static String megabytes(long bytes) {
        double mb = bytes / (1024.0 * 1024.0);
        return (mb == Math.rint(mb) ? String.valueOf((long) mb) : String.format(java.util.Locale.ROOT, "%.1f", mb)) + " MB";
    }

    private String uniqueSlug(String base) {
        String slug = base;
        for (int n = 2; Story.count("slug", slug) > 0; n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
