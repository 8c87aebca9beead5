package dev.parallax.story.folder;

import dev.parallax.common.ApiException;
import dev.parallax.common.ParallaxConfig;
import dev.parallax.story.Story;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.List;

/**
 * Imports a zip of many story folders (a newsroom's archive, the day's wires): each story in its own
 * transaction, so one broken folder costs only itself, and a report says what became of each.
 */
@ApplicationScoped
public class BulkImporter {

    private static final Logger LOG = Logger.getLogger(BulkImporter.class);
    /** Files in one bulk zip, at most: 5,000 stories of a story file and three versions. */
    static final int MAX_ENTRIES = 20_000;

    /** What became of one folder: {@code imported} (with the story's id) or {@code failed} (with why). */
    public record Outcome(String folder, String status, Long id, String title, String slug, Integer versions, String error, String detail) {
        public boolean imported() {
            return "imported".equals(status);
        }
    }

    /** The report of a bulk import, folder by folder. */
    public record Report(int imported, int failed, List<Outcome> stories) {
    }

    @Inject
    StoryFolderImporter importer;
    @Inject
    ParallaxConfig config;

    public Report importZip(byte[] zip, String zipName) {
        long maxBytes = config.exchange().maxImportSize().asLongValue() * 10;
        List<StoryFolder.Entry> entries = StoryFolder.unzipMany(zip, zipName == null ? "stories.zip" : zipName, maxBytes, MAX_ENTRIES);
        if (entries.isEmpty()) {
            throw ApiException.badRequest("No story folders", "The zip holds no folder with a 'story' file and version files.");
        }
        List<Outcome> outcomes = new ArrayList<>(entries.size());
        int imported = 0;
        for (StoryFolder.Entry entry : entries) {
            if (entry.error() != null) {
                outcomes.add(failed(entry.name(), entry.error()));
                continue;
            }
            try {
                Outcome done = QuarkusTransaction.requiringNew().call(() -> {
                    Story story = importer.importFolder(entry.folder());
                    return new Outcome(entry.name(), "imported", story.id, story.title, story.slug, story.versions.size(), null, null);
                });
                outcomes.add(done);
                imported++;
            } catch (ApiException e) {
                outcomes.add(failed(entry.name(), e));
            }
        }
        LOG.infof("Bulk import of %s: %d stories imported, %d failed", zipName, imported, outcomes.size() - imported);
        return new Report(imported, outcomes.size() - imported, outcomes);
    }

    private static Outcome failed(String folder, ApiException e) {
        return new Outcome(folder, "failed", null, null, null, null, e.error(), e.detail());
    }
}
