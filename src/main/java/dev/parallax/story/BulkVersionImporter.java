package dev.parallax.story;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.common.ApiException;
import dev.parallax.common.Jobs;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * Imports many versions in one request, into existing stories or new ones (the day's wires from a script):
 * each story's versions in their own transaction, so a bad version costs only its story, never half of it,
 * and a report says what became of each story.
 */
@ApplicationScoped
public class BulkVersionImporter {

    private static final Logger LOG = Logger.getLogger(BulkVersionImporter.class);
    /** Stories in one request, at most. */
    public static final int MAX_STORIES = 5_000;
    /** Versions in one request, at most. */
    public static final int MAX_VERSIONS = 20_000;

    /** One story's versions: into the story {@code story}, or a new story titled {@code title}. */
    public record Batch(Long story, String title, List<VersionInput> versions) {
    }

    /** What became of one batch: {@code imported} with the story and its new versions, or {@code failed} with why. */
    public record Outcome(int index, String status, Long story, String title, List<Long> versions, String error, String detail) {
        public boolean imported() {
            return "imported".equals(status);
        }
    }

    /** The report, story by story, in the order they were sent. */
    public record Report(int imported, int failed, List<Outcome> stories) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    StoryService stories;
    @Inject
    dev.parallax.audit.AuditLog audit;

    /** Checks the request's shape before anything is saved: a 400 names the batch at fault. */
    public static void check(List<Batch> batches) {
        if (batches == null || batches.isEmpty()) {
            throw ApiException.badRequest("No stories", "Send a JSON array of stories, each {\"story\": id or \"title\": …, \"versions\": […]}.");
        }
        if (batches.size() > MAX_STORIES) {
            throw ApiException.badRequest("Too many stories", batches.size() + " stories; at most " + MAX_STORIES + " per request.");
        }
        int versions = 0;
        for (int i = 0; i < batches.size(); i++) {
            Batch b = batches.get(i);
            if (b == null) {
                throw ApiException.badRequest("Invalid story", "Item " + i + " is empty.");
            }
            boolean hasTitle = b.title() != null && !b.title().isBlank();
            if ((b.story() == null) == !hasTitle) {
                throw ApiException.badRequest("Invalid story", "Item " + i + " needs either \"story\" (an id) or \"title\" (a new story), not both.");
            }
            if (b.versions() == null || b.versions().isEmpty() || b.versions().contains(null)) {
                throw ApiException.badRequest("Invalid versions", "Item " + i + " needs \"versions\": a list of versions.");
            }
            versions += b.versions().size();
        }
        if (versions > MAX_VERSIONS) {
            throw ApiException.badRequest("Too many versions", versions + " versions; at most " + MAX_VERSIONS + " per request.");
        }
    }

    /** The JSON of {@code POST /api/stories/import-versions}: a list of {@code {"story" | "title", "versions": […]}}. */
    public static List<Batch> parse(byte[] json) {
        List<Batch> batches = new ArrayList<>();
        try {
            var root = JSON.readTree(json);
            if (root == null || !root.isArray()) {
                throw ApiException.badRequest("Invalid JSON", "Send a JSON array of stories, each {\"story\" or \"title\", \"versions\": […]}.");
            }
            for (var item : root) {
                if (!item.isObject()) {
                    batches.add(null);
                    continue;
                }
                List<VersionInput> inputs = null;
                if (item.path("versions").isArray()) {
                    inputs = new ArrayList<>();
                    for (var v : item.path("versions")) {
                        inputs.add(!v.isObject() ? null : new VersionInput(text(v, "key"), text(v, "outlet"), text(v, "language"),
                                text(v, "title"), text(v, "kind"), text(v, "translationOf"), text(v, "sourceUrl"),
                                text(v, "publishedAt"), text(v, "text")));
                    }
                }
                Long story = item.path("story").canConvertToLong() ? item.path("story").asLong() : null;
                batches.add(new Batch(story, text(item, "title"), inputs));
            }
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest("Invalid JSON", "This is not JSON" + (e.getLocation() == null ? "." : " (line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")."));
        } catch (IOException e) {
            throw ApiException.badRequest("Unreadable upload", "The JSON could not be read; send it again.");
        }
        check(batches);
        return batches;
    }

    private static String text(JsonNode node, String field) {
        var value = node.get(field);
        return value == null || value.isNull() ? null : value.isValueNode() ? value.asText() : value.toString();
    }

    public Report importAll(List<Batch> batches) {
        return importAll(batches, done -> {
        });
    }

    /** Imports every batch, telling {@code progress} how many are done after each. */
    public Report importAll(List<Batch> batches, IntConsumer progress) {
        check(batches);
        List<Outcome> outcomes = new ArrayList<>(batches.size());
        int imported = 0;
        for (int i = 0; i < batches.size(); i++) {
            Batch b = batches.get(i);
            int index = i;
            try {
                outcomes.add(QuarkusTransaction.requiringNew().call(() -> importOne(index, b)));
                imported++;
            } catch (ApiException e) {
                outcomes.add(new Outcome(i, "failed", b.story(), b.title(), List.of(), e.error(), e.detail()));
            } catch (RuntimeException e) {
                LOG.warnf(e, "Bulk import of versions: item %d not saved", i);
                outcomes.add(new Outcome(i, "failed", b.story(), b.title(), List.of(), "Not saved",
                        "The database refused this story's versions; nothing of it was kept."));
            }
            progress.accept(i + 1);
        }
        LOG.infof("Bulk import of versions: %d stories imported, %d failed", imported, outcomes.size() - imported);
        return new Report(imported, outcomes.size() - imported, outcomes);
    }

    /** Imports the batches as a background job; progress counts stories; the job's result is the {@link Report}. */
    public Jobs.Job inBackground(Jobs jobs, String user, List<Batch> batches, String name, java.util.function.UnaryOperator<String> resultUrl) {
        check(batches);
        return jobs.start("import-versions", "Import of the versions in " + (name == null ? "a JSON file" : name), user,
                batches.size(), job -> {
            job.step("Importing versions, story by story:");
            job.total(batches.size());
            Report report = importAll(batches, job::done);
            job.finish(report.imported() + (report.imported() == 1 ? " story" : " stories") + " imported, " + report.failed()
                    + " failed.", resultUrl.apply(job.id()), report);
        });
    }

    private Outcome importOne(int index, Batch b) {
        Story story = b.story() != null ? stories.story(b.story()) : stories.createStory(b.title(), null);
        Map<String, Version> keyed = new HashMap<>();
        List<Long> ids = new ArrayList<>();
        for (int v = 0; v < b.versions().size(); v++) {
            VersionInput input = b.versions().get(v);
            try {
                Version made = stories.addVersion(story, input, keyed);
                if (made.key != null) {
                    keyed.put(made.key, made);
                }
                ids.add(made.id);
            } catch (ApiException e) {
                // the whole story rolls back: name the version at fault
                throw new ApiException(e.status(), e.error(), "Version " + v + ": " + e.detail());
            }
        }
        audit.record(dev.parallax.audit.AuditAction.IMPORTED, "story " + story.id,
                ids.size() + (ids.size() == 1 ? " version" : " versions") + " (bulk import of versions)");
        return new Outcome(index, "imported", story.id, story.title, ids, null, null);
    }
}
