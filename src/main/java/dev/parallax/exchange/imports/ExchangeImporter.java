package dev.parallax.exchange.imports;

import dev.parallax.story.upload.Uploads;
import dev.parallax.align.AlignmentGroup;
import dev.parallax.align.AlignmentLink;
import dev.parallax.align.AlignmentService;
import dev.parallax.align.StoryAlignment;
import dev.parallax.common.ApiException;
import dev.parallax.common.ParallaxConfig;
import dev.parallax.exchange.ExchangeFormat;
import dev.parallax.story.Paragraph;
import dev.parallax.story.ParagraphStatus;
import dev.parallax.story.Story;
import dev.parallax.story.StoryService;
import dev.parallax.story.Version;
import dev.parallax.story.VersionInput;
import dev.parallax.story.VersionKind;
import dev.parallax.text.Paragraphs;
import dev.parallax.common.Jobs;
import dev.parallax.story.folder.BulkImporter;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongFunction;

/**
 * Turns an aligned-text file into a new story: one version per column or language of the file, and every
 * row of the file a confirmed alignment group, so the story aligns exactly as the file says. All or
 * nothing: a file refused for any reason stores nothing.
 */
@ApplicationScoped
public class ExchangeImporter {

    @jakarta.inject.Inject
    dev.parallax.audit.AuditLog audit;

    /** The transaction of a background import may take this long (a file up to parallax.exchange.max-import-size). */
    static final int BACKGROUND_TIMEOUT_SECONDS = 30 * 60;

    @Inject
    StoryService stories;
    @Inject
    AlignmentService alignments;
    @Inject
    ParallaxConfig config;
    @Inject
    EntityManager em;

    /** Checks the size and reads the file; nothing is stored. */
    public ImportedAlignment read(byte[] data, ExchangeFormat format, String fileName) {
        if (data == null || data.length == 0) {
            throw ApiException.badRequest("Empty upload", "The request has no file in its body.");
        }
        checkSize(data.length);
        return switch (format) {
            case TMX -> new TmxReader().read(data, fileName);
            case XLIFF -> new XliffReader().read(data, fileName);
            case CSV -> new DelimitedReader(',').read(data, fileName);
            case TSV -> new DelimitedReader('\t').read(data, fileName);
            case JSON -> new JsonReader().read(data, fileName);
            case DOCX -> new DocxReader().read(data, fileName);
        };
    }

    public void checkSize(long size) {
        Uploads.checkSize(size, maxSize(), Uploads.IMPORT_LIMIT);
    }

    /** The largest aligned file an import reads (parallax.exchange.max-import-size). */
    public long maxSize() {
        return config.exchange().maxImportSize().asLongValue();
    }

    /**
     * Stores the file as a new story. Paragraphs are numbered as the file says when it says so for every
     * paragraph of a version (TMX, XLIFF and JSON from Parallax), else in row order; empty paragraphs and
     * the paragraphs' statuses are kept where the file carries them, the versions' metadata too.
     *
     * @param title the story's title; null = the file's, else the file name's
     */
    @Transactional
    public Story store(ImportedAlignment file, String title, String fileName) {
        return store(file, title, fileName, Progress.NONE);
    }

    /** How far {@link #store} has got: steps done of all (versions made, rows kept, the alignment checked), and what now. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (done, total, step) -> {
        };

        void at(int done, int total, String step);
    }

    /** As {@link #store(ImportedAlignment, String, String)}, telling {@code progress} after each version and each row. */
    @Transactional
    public Story store(ImportedAlignment file, String title, String fileName, Progress progress) {
        List<ImportedAlignment.Version> versions = file.versions();
        if (versions.size() < 2) {
            throw ApiException.badRequest("Too few versions", "The file holds " + versions.size()
                    + " version; an aligned text needs two or more (two languages, or two outlets).");
        }
        List<List<List<ImportedAlignment.Paragraph>>> rows = file.rows().stream()
                .filter(r -> r.stream().anyMatch(c -> !c.isEmpty())).toList();
        if (rows.isEmpty()) {
            throw ApiException.badRequest("No text", "The file holds no row with text.");
        }
        // number each version's paragraphs: int[row][version][k] -> index in the version
        int[][][] numbers = new int[rows.size()][versions.size()][];
        List<List<String>> texts = new ArrayList<>();
        List<List<ParagraphStatus>> statuses = new ArrayList<>();
        for (int v = 0; v < versions.size(); v++) {
            ImportedAlignment.Version iv = versions.get(v);
            List<ImportedAlignment.Paragraph> all = new ArrayList<>();
            for (List<List<ImportedAlignment.Paragraph>> row : rows) {
                all.addAll(row.get(v));
            }
            if (all.isEmpty()) {
                throw ApiException.badRequest("Empty version", "Version " + describe(iv) + " has no text in any row.");
            }
            boolean indexed = isPermutation(all);
            String[] ordered = new String[all.size()];
            ParagraphStatus[] status = new ParagraphStatus[all.size()];
            int next = 0;
            for (int r = 0; r < rows.size(); r++) {
                List<ImportedAlignment.Paragraph> cell = rows.get(r).get(v);
                numbers[r][v] = new int[cell.size()];
                for (int k = 0; k < cell.size(); k++) {
                    int index = indexed ? cell.get(k).index() : next;
                    next++;
                    numbers[r][v][k] = index;
                    ordered[index] = Paragraphs.normalise(cell.get(k).text()).strip();
                    status[index] = status(iv, cell.get(k).status());
                }
            }
            // a translation may be all empty paragraphs (not written yet); any other version needs text
            if (!isTranslation(iv) && Arrays.stream(ordered).allMatch(String::isEmpty)) {
                throw ApiException.badRequest("Empty version", "Version " + describe(iv) + " has no text in any row.");
            }
            texts.add(List.of(ordered));
            statuses.add(Arrays.asList(status));
        }

        String storyTitle = firstNonBlank(title, file.title(), stem(fileName), "Imported alignment");
        // a title given with the import names the new story, slug included; else the file's slug (a copy of an
        // exported story becomes "<slug>-2"), else one made from the title
        int total = versions.size() + rows.size() + 1;
        progress.at(0, total, "Storing the versions…");
        Story story = stories.createStory(storyTitle, title != null && !title.isBlank() ? null : file.slug());
        Map<String, Version> byRef = new HashMap<>();
        List<Version> created = new ArrayList<>();
        for (int v = 0; v < versions.size(); v++) {
            ImportedAlignment.Version iv = versions.get(v);
            // created as a translation from the start (empty paragraphs allowed, statuses right); what it translates is set below
            String kind = isTranslation(iv) ? "translation" : iv.kind();
            Version version;
            try {
                stories.checkSize(Paragraphs.join(texts.get(v)));
                for (String p : texts.get(v)) {
                    if (!Paragraphs.split(p).equals(p.isEmpty() ? List.of() : List.of(p))) {
                        throw ApiException.badRequest("Invalid paragraphs", "a paragraph holds a blank line.");
                    }
                }
                version = stories.createVersion(story, new VersionInput(iv.key(), iv.outlet(), iv.language(), iv.title(),
                        kind, null, iv.sourceUrl(), iv.publishedAt(), null), Map.of(), texts.get(v), statuses.get(v));
            } catch (ApiException e) {
                throw new ApiException(e.status(), e.error(), "Version " + describe(iv) + ": " + e.detail());
            }
            byRef.put(iv.ref(), version);
            created.add(version);
            progress.at(created.size(), total, "Storing the versions…");
        }
        for (int v = 0; v < versions.size(); v++) {
            String of = versions.get(v).translationOf();
            Version source = of == null ? null : byRef.get(of);
            if (source != null && source != created.get(v)) {
                created.get(v).translationOf = source;
                created.get(v).kind = VersionKind.TRANSLATION;
            }
        }
        em.flush();
        progress.at(versions.size(), total, "Keeping the file's rows as confirmed alignment…");
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        // each row's links are looked up before they are added (AlignmentLink.add); flushed before every such query,
        // the session would dirty-check every paragraph and revision of the story again for each row (2,000 rows of
        // 2 × 2,000 paragraphs: minutes). A paragraph is in one row only, so no query here needs the rows before it
        // flushed: flush once, after the loop.
        jakarta.persistence.FlushModeType flushMode = em.getFlushMode();
        em.setFlushMode(jakarta.persistence.FlushModeType.COMMIT);
        for (int r = 0; r < rows.size(); r++) {
            List<Paragraph> members = new ArrayList<>();
            for (int v = 0; v < versions.size(); v++) {
                for (int index : numbers[r][v]) {
                    members.add(created.get(v).paragraphs.get(index));
                }
            }
            AlignmentGroup group = AlignmentGroup.of(story, members, true, now);
            // every version of the file was "on screen": an empty cell is empty by decision, not free
            group.scope(created.stream().map(c -> c.id).toList());
            group.persist();
            AlignmentLink.confirmAll(story, group.paragraphs);
            progress.at(versions.size() + r + 1, total, "Keeping the file's rows as confirmed alignment…");
        }
        em.flush();
        em.setFlushMode(flushMode);
        progress.at(total - 1, total, "Checking the alignment…");
        // the aligner must accept the rows as they are (a contradiction rolls everything back)
        StoryAlignment check = alignments.align(story.id, created.stream().map(x -> x.id).toList());
        if (check.rows().size() != rows.size()) {
            throw ApiException.badRequest("Alignment refused", "The file's " + rows.size() + " rows cannot be kept as they are ("
                    + check.rows().size() + " after aligning); a paragraph may sit in rows out of order in two versions at once.");
        }
        audit.record(dev.parallax.audit.AuditAction.IMPORTED, "story " + story.id,
                "aligned text" + (fileName == null ? "" : " from " + fileName) + ", " + versions.size() + " versions");
        progress.at(total, total, "Done.");
        return story;
    }

    /**
     * Imports a large file in the background (the API's {@code ?background=true}, the home page's form for a large
     * file): an empty or oversized file is refused now; the job then reads it and stores it in one transaction, with
     * progress after each version and each row, so a bad file fails the job with the reason and stores nothing. The
     * job's result is a one-story {@link BulkImporter.Report}, and its {@code resultUrl} {@code storyUrl} of the story.
     */
    public Jobs.Job inBackground(Jobs jobs, String user, byte[] data, ExchangeFormat format, String fileName, String title,
                                 LongFunction<String> storyUrl) {
        if (data == null || data.length == 0) {
            throw ApiException.badRequest("Empty upload", "The request has no file in its body.");
        }
        checkSize(data.length);
        String name = fileName == null || fileName.isBlank() ? "a " + format.extension().toUpperCase(Locale.ROOT) + " file" : fileName;
        return jobs.start("import-file", "Import of " + name, user, job -> {
            job.step("Reading " + name + "…");
            ImportedAlignment file = read(data, format, fileName);
            // one transaction for the whole file, given the time a large file takes on a busy machine (the default
            // 60 s would have the transaction manager abort it mid-way)
            BulkImporter.Outcome outcome = QuarkusTransaction.requiringNew().timeout(BACKGROUND_TIMEOUT_SECONDS).call(() -> {
                Story story = store(file, title, fileName, (done, total, step) -> {
                    job.total(total);
                    job.done(done);
                    job.step(step);
                });
                return new BulkImporter.Outcome(name, "imported", story.id, story.title, story.slug, file.versions().size(), null, null);
            });
            job.finish("Imported “" + outcome.title() + "”: " + outcome.versions() + " versions, " + file.rows().size() + " rows.",
                    storyUrl.apply(outcome.id()), new BulkImporter.Report(1, 0, List.of(outcome)));
        });
    }

    private static boolean isTranslation(ImportedAlignment.Version v) {
        return v.translationOf() != null || "translation".equalsIgnoreCase(v.kind() == null ? "" : v.kind().strip());
    }

    /** The file's status of a paragraph, checked; null when the file gives none. */
    private static ParagraphStatus status(ImportedAlignment.Version v, String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return ParagraphStatus.parse(status);
        } catch (ApiException e) {
            throw new ApiException(e.status(), e.error(), "Version " + describe(v) + ": " + e.detail());
        }
    }

    private static boolean isPermutation(List<ImportedAlignment.Paragraph> all) {
        BitSet seen = new BitSet(all.size());
        for (ImportedAlignment.Paragraph p : all) {
            if (p.index() == null || p.index() < 0 || p.index() >= all.size() || seen.get(p.index())) {
                return false;
            }
            seen.set(p.index());
        }
        return true;
    }

    private static String describe(ImportedAlignment.Version v) {
        return "'" + v.outlet() + "' (" + v.language() + ")";
    }

    static String stem(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return null;
        }
        String name = fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        int dot = name.indexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }
}
