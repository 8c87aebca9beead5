package dev.parallax.story.folder;

import dev.parallax.common.ApiException;
import dev.parallax.common.ClusterLock;
import dev.parallax.common.ParallaxConfig;
import dev.parallax.story.Story;
import dev.parallax.story.StoryService;
import dev.parallax.story.Version;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Brings story folders into the database: those of {@code translations/} at startup, and zipped ones that
 * users upload. A folder is imported once: a story already in the database is never overwritten (the
 * user's edits win), and one the user deleted is not brought back.
 */
@ApplicationScoped
public class StoryFolderImporter {

    @jakarta.inject.Inject
    dev.parallax.audit.AuditLog audit;

    private static final Logger LOG = Logger.getLogger(StoryFolderImporter.class);

    @Inject
    ParallaxConfig config;
    @Inject
    StoryService stories;
    @Inject
    EntityManager em;
    @Inject
    ClusterLock lock;

    void onStart(@Observes StartupEvent event) {
        if (config.importOnStartup()) {
            importTranslationsDir(config.translationsDir());
        }
    }

    /** Imports each folder not imported before; a broken folder is logged and skipped, the others still load. */
    public int importTranslationsDir(Path root) {
        if (!Files.isDirectory(root)) {
            LOG.infof("No story folders at %s; nothing to import", root.toAbsolutePath());
            return 0;
        }
        List<Path> folders;
        try (Stream<Path> list = Files.list(root)) {
            folders = list.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            LOG.errorf(e, "Cannot list %s", root);
            return 0;
        }
        int imported = 0;
        for (Path dir : folders) {
            if (StoryFolder.STORY_FILES.stream().noneMatch(f -> Files.isRegularFile(dir.resolve(f)))) {
                continue;
            }
            try {
                StoryFolder folder = StoryFolder.read(dir);
                boolean done = QuarkusTransaction.requiringNew().call(() -> importOnce(folder));
                if (done) {
                    imported++;
                    LOG.infof("Imported story '%s' from %s (%d versions)", folder.title(), dir, folder.versions().size());
                }
            } catch (ApiException | IOException e) {
                LOG.errorf("Story folder %s not imported: %s", dir, e.getMessage());
            }
        }
        return imported;
    }

    private boolean importOnce(StoryFolder folder) {
        // instances starting together on one database import each folder once: the others wait, then skip it
        lock.hold(ClusterLock.Name.STARTUP);
        if (em.find(ImportedFolder.class, folder.slug()) != null || Story.findBySlug(folder.slug()).isPresent()) {
            return false;
        }
        importFolder(folder);
        return true;
    }

    /** Imports one folder as a new story, all or nothing; 409 if its slug is taken. */
    @Transactional
    public Story importFolder(StoryFolder folder) {
        if (Story.findBySlug(folder.slug()).isPresent()) {
            throw ApiException.conflict("Story exists",
                    "A story with the slug '" + folder.slug() + "' already exists; change 'slug:' in the story file to import a copy.");
        }
        Story story = stories.createStory(folder.title(), folder.slug());
        Map<String, Version> byKey = new HashMap<>();
        for (StoryFolder.VersionFile file : folder.versions()) {
            try {
                byKey.put(file.key(), stories.addVersion(story, file.input(), byKey));
            } catch (ApiException e) {
                throw new ApiException(e.status(), e.error(), file.fileName() + ": " + e.detail());
            }
        }
        ImportedFolder mark = em.find(ImportedFolder.class, story.slug);
        if (mark == null) {
            em.persist(new ImportedFolder(story.slug, OffsetDateTime.now(ZoneOffset.UTC)));
        }
        audit.record(dev.parallax.audit.AuditAction.IMPORTED, "story " + story.id,
                "story folder '" + folder.slug() + "', " + byKey.size() + " versions");
        return story;
    }
}
