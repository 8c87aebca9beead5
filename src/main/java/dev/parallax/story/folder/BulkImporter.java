package dev.parallax.story.folder;

import dev.parallax.common.ApiException;
import dev.parallax.common.Jobs;
import dev.parallax.common.ParallaxConfig;
import dev.parallax.story.Story;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

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
        return importEntries(entries(zip, zipName), zipName, (done, total) -> {
        });
    }

    /** The zip's story folders, read and checked (a 400 for a zip that is not one of story folders); nothing saved yet. */
    public List<StoryFolder.Entry> entries(byte[] zip, String zipName) {
        long maxBytes = config.exchange().maxImportSize().asLongValue() * 10;
        List<StoryFolder.Entry> entries = StoryFolder.unzipMany(zip, zipName == null ? "stories.zip" : zipName, maxBytes, MAX_ENTRIES);
        if (entries.isEmpty()) {
            throw ApiException.badRequest("No story folders", "The zip holds no folder with a 'story' file and version files.");
        }
        return entries;
    }

    /** Imports the folders, one transaction each, telling {@code progress} (done, total) after each. */
    public Report importEntries(List<StoryFolder.Entry> entries, String zipName, BiConsumer<Integer, Integer> progress) {
        progress.accept(0, entries.size());
        List<Outcome> outcomes = new ArrayList<>(entries.size());
        int imported = 0;
        for (StoryFolder.Entry entry : entries) {
            if (entry.error() != null) {
                outcomes.add(failed(entry.name(), entry.error()));
                progress.accept(outcomes.size(), entries.size());
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
            progress.accept(outcomes.size(), entries.size());
        }
        LOG.infof("Bulk import of %s: %d stories imported, %d failed", zipName, imported, outcomes.size() - imported);
        return new Report(imported, outcomes.size() - imported, outcomes);
    }

    /**
     * Imports the folders as a background job (the bulk import page, the API's {@code ?background=true}): progress
     * counts folders; the job's result is the {@link Report}, shown at {@code resultUrl.apply(jobId)}.
     */
    public Jobs.Job inBackground(Jobs jobs, String user, List<StoryFolder.Entry> entries, String zipName,
                                 java.util.function.UnaryOperator<String> resultUrl) {
        return jobs.start("import-stories", "Import of the story folders in " + (zipName == null ? "a zip" : zipName), user,
                entries.size(), job -> {
            job.step("Importing story folders:");
            Report report = importEntries(entries, zipName, (done, total) -> {
                job.total(total);
                job.done(done);
            });
            job.finish(report.imported() + (report.imported() == 1 ? " story" : " stories") + " imported, " + report.failed()
                    + " failed.", resultUrl.apply(job.id()), report);
        });
    }

    private static Outcome failed(String folder, ApiException e) {
        return new Outcome(folder, "failed", null, null, null, null, e.error(), e.detail());
    }
}
