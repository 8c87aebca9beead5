package dev.parallax.exchange.export;

import dev.parallax.align.AlignmentCache;
import dev.parallax.align.AlignmentService;
import dev.parallax.align.StoryAlignment;
import dev.parallax.align.engine.Row;
import dev.parallax.common.ApiException;
import dev.parallax.common.JobFile;
import dev.parallax.common.Jobs;
import dev.parallax.exchange.AlignedText;
import dev.parallax.exchange.ExchangeFormat;
import dev.parallax.exchange.ExchangeRow;
import dev.parallax.exchange.ExchangeVersion;
import dev.parallax.exchange.ExchangeWriter;
import dev.parallax.exchange.FlagLookup;
import dev.parallax.exchange.Segmentation;
import dev.parallax.exchange.Segmenter;
import dev.parallax.exchange.StatusLookup;
import dev.parallax.story.Story;
import dev.parallax.story.StoryService;
import dev.parallax.story.Version;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.List;

/**
 * Prepares an export: aligns the versions as the aligned page does and copies what the writers need into
 * plain values, inside one transaction, so that the file itself is written afterwards, streamed to the
 * client, with no database session open.
 */
@ApplicationScoped
public class ExchangeExporter {

    @jakarta.inject.Inject
    dev.parallax.audit.AuditLog audit;

    @Inject
    AlignmentService alignments;
    @Inject
    AlignmentCache cache;
    @Inject
    StoryService stories;

    @Inject
    dev.parallax.compare.CompareService compare;

    /** What to write, how, and under which name. */
    public record Export(AlignedText text, ExchangeWriter writer, ExchangeFormat format, String fileName) {
    }

    /**
     * @param versionIds the versions on screen, the first being the base (empty = the default view)
     * @param target     for XLIFF, the target version (default: the second shown); the source is the base
     */
    @Transactional
    public Export prepare(long storyId, List<Long> versionIds, ExchangeFormat format, Segmentation segmentation,
                          boolean bom, Long target) {
        Story story = stories.story(storyId);
        StoryAlignment alignment = alignments.align(storyId, versionIds);
        List<Integer> columns = new ArrayList<>();
        for (int v = 0; v < alignment.versions().size(); v++) {
            columns.add(v);
        }
        if (format == ExchangeFormat.XLIFF) {
            int t = 1;
            if (target != null) {
                t = alignment.versionIds().indexOf(target);
                if (t < 0) {
                    stories.version(target); // 404 if there is no such version at all
                    throw ApiException.badRequest("Invalid target", "Version " + target + " is not one of the versions shown "
                            + alignment.versionIds() + ".");
                }
                if (t == 0) {
                    throw ApiException.badRequest("Invalid target", "Version " + target + " is the source (the base); pick another as target.");
                }
            }
            columns = List.of(0, t);
        }
        List<ExchangeVersion> versions = new ArrayList<>();
        for (int v : columns) {
            Version version = alignment.versions().get(v);
            versions.add(new ExchangeVersion(String.valueOf(version.id), version.key, version.outlet, version.language,
                    version.title, version.kind.label(), version.translationOf == null ? null : String.valueOf(version.translationOf.id),
                    version.sourceUrl, version.publishedAt == null ? null : version.publishedAt.toString()));
        }
        List<ExchangeRow> rows = new ArrayList<>();
        for (int r = 0; r < alignment.rows().size(); r++) {
            Row row = alignment.rows().get(r);
            List<List<String>> texts = new ArrayList<>();
            List<List<Integer>> indices = new ArrayList<>();
            List<Boolean> moved = new ArrayList<>();
            for (int v : columns) {
                List<String> all = alignment.texts().get(v);
                List<Integer> cell = row.cells().get(v);
                indices.add(cell);
                texts.add(cell.stream().map(all::get).toList());
                moved.add(row.moved().get(v));
            }
            rows.add(new ExchangeRow(r, texts, indices, row.score(), moved, row.fixed(), alignment.confirmed().get(r)));
        }
        AlignedText text = new AlignedText(story.title, story.slug, versions, rows, segmentation,
                Segmenter.sentences(cache.aligner()), statuses(alignment), flags(alignment, columns));
        audit.record(dev.parallax.audit.AuditAction.EXPORTED, "story " + story.id,
                format.extension() + ", versions " + alignment.versionIds());
        return new Export(text, writer(format, bom), format, fileName(story.slug, format, versions));
    }

    /**
     * Prepares and writes the export as a background job (a long story's export takes a while): first aligning
     * and comparing, then writing the rows, counted; the job's result is the file, downloaded from
     * {@code fileUrl.apply(jobId)}. The story is checked now (404), the rest is checked by the job.
     */
    @Transactional
    public Jobs.Job inBackground(Jobs jobs, String user, long storyId, List<Long> versionIds, ExchangeFormat format,
                                 Segmentation segmentation, boolean bom, Long target, java.util.function.UnaryOperator<String> fileUrl) {
        Story story = stories.story(storyId);
        return jobs.start("export", "Export of “" + story.title + "” as " + format.extension().toUpperCase(java.util.Locale.ROOT), user, job -> {
            job.step("Aligning and comparing the versions…");
            Export export = prepare(storyId, versionIds, format, segmentation, bom, target);
            List<ExchangeRow> rows = new ArrayList<>();
            export.text().rows().forEach(rows::add);
            job.total(rows.size());
            job.step("Writing rows:");
            // every pass of the writer over the rows moves the bar (it only ever goes forward)
            Iterable<ExchangeRow> counted = () -> new java.util.Iterator<>() {
                private int next;

                @Override
                public boolean hasNext() {
                    return next < rows.size();
                }

                @Override
                public ExchangeRow next() {
                    job.done(next + 1);
                    return rows.get(next++);
                }
            };
            AlignedText t = export.text();
            AlignedText text = new AlignedText(t.title(), t.slug(), t.versions(), counted, t.segmentation(), t.segmenter(),
                    t.statuses(), t.flags());
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            export.writer().write(text, out);
            String type = export.format().mediaType() + (export.format() == ExchangeFormat.DOCX ? "" : "; charset=UTF-8");
            job.finish("The export is ready: " + export.fileName() + " (" + rows.size() + " rows, " + out.size() / 1024 + " KB).",
                    fileUrl.apply(job.id()), new JobFile(export.fileName(), type, out.toByteArray()));
        });
    }

    /** The workflow status of each paragraph of the versions shown (a cell's state counts it for translations only). */
    private static StatusLookup statuses(StoryAlignment alignment) {
        java.util.Map<String, List<String>> byVersion = new java.util.HashMap<>();
        for (Version v : alignment.versions()) {
            byVersion.put(String.valueOf(v.id), v.paragraphs.stream().map(p -> p.status.label()).toList());
        }
        return (versionId, index) -> {
            List<String> statuses = byVersion.get(versionId);
            return statuses == null || index < 0 || index >= statuses.size() ? null : statuses.get(index);
        };
    }

    /** The differences feature's flags of each row ("number: 2019 / 2018 …"), computed while the session is open. */
    private FlagLookup flags(StoryAlignment alignment, List<Integer> columns) {
        var differences = compare.differences(alignment);
        List<List<String>> byRow = new ArrayList<>();
        for (var row : differences.rows()) {
            List<String> flags = new ArrayList<>();
            for (int v : columns) {
                var cell = row.cell(v);
                if (cell != null) {
                    cell.flags().forEach(f -> flags.add(f.type().key() + ": " + f.message()));
                }
            }
            byRow.add(flags);
        }
        return row -> row.number() < byRow.size() ? byRow.get(row.number()) : List.of();
    }

    public static ExchangeWriter writer(ExchangeFormat format, boolean bom) {
        return switch (format) {
            case TMX -> new TmxWriter();
            case XLIFF -> new XliffWriter();
            case CSV -> DelimitedWriter.csv(bom);
            case TSV -> DelimitedWriter.tsv(bom);
            case JSON -> new JsonWriter();
            case DOCX -> new DocxWriter();
        };
    }

    /** "assad-tehran-visit.tmx", or "assad-tehran-visit.en-ar.xlf" for XLIFF. */
    static String fileName(String slug, ExchangeFormat format, List<ExchangeVersion> versions) {
        String base = slug == null || slug.isBlank() ? "story" : slug;
        if (format == ExchangeFormat.XLIFF) {
            return base + "." + versions.get(0).language() + "-" + versions.get(1).language() + ".xlf";
        }
        return base + "." + format.extension();
    }
}
