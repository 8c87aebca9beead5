package dev.parallax.exchange.api;

import dev.parallax.align.api.AlignmentApi;
import dev.parallax.exchange.ExchangeFormat;
import dev.parallax.exchange.Segmentation;
import dev.parallax.exchange.export.ExchangeExporter;
import dev.parallax.exchange.imports.ExchangeImporter;
import dev.parallax.story.Story;
import dev.parallax.story.api.StoryJson.StoryDetail;
import dev.parallax.user.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import java.net.URI;

/**
 * Export of a story's aligned versions to TMX, XLIFF 2.0, CSV, TSV, JSON or DOCX, and import of such a
 * file as a new story. The file travels as the request body with its media type (docs/adr/0003).
 */
@Path("/api/stories")
public class ExchangeApi {

    public static final String TMX = "application/x-tmx+xml";
    public static final String XLIFF = "application/xliff+xml";

    @Inject
    ExchangeExporter exporter;
    @Inject
    dev.parallax.common.Jobs jobs;
    @Inject
    dev.parallax.user.CurrentUser currentUser;
    @Inject
    ExchangeImporter importer;

    @GET
    @Path("{id}/export")
    public Response export(@PathParam("id") long id, @QueryParam("format") String format, @QueryParam("versions") String versions,
                           @QueryParam("segmentation") String segmentation, @QueryParam("bom") boolean bom,
                           @QueryParam("target") Long target) {
        io.micrometer.core.instrument.Timer.Sample sample = io.micrometer.core.instrument.Timer.start();
        ExchangeExporter.Export export = exporter.prepare(id, AlignmentApi.parseIds(versions), ExchangeFormat.parse(format),
                Segmentation.parse(segmentation), bom, target);
        StreamingOutput body = out -> {
            try {
                export.writer().write(export.text(), out);
            } finally {
                // Prometheus: parallax_export_seconds{format}, from the request to the last byte written
                sample.stop(io.micrometer.core.instrument.Metrics.timer("parallax.export", "format",
                        export.format().name().toLowerCase(java.util.Locale.ROOT)));
            }
        };
        String type = export.format().mediaType() + (export.format() == ExchangeFormat.DOCX ? "" : "; charset=UTF-8");
        return Response.ok(body, type)
                .header("Content-Disposition", "attachment; filename=\"" + export.fileName() + "\"")
                .build();
    }

    /** What {@code POST /api/stories/{id}/export-jobs} takes: the export's query parameters, as JSON. */
    public record ExportJobRequest(String format, String versions, String segmentation, Boolean bom, Long target) {
    }

    /**
     * The same export prepared in the background (a long story): 202 with the job to follow at {@code Location};
     * when it is done, its {@code resultUrl} downloads the file.
     */
    @POST
    @Path("{id}/export-jobs")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @jakarta.annotation.security.RolesAllowed(dev.parallax.user.Role.TRANSLATOR_NAME)
    public Response exportInBackground(@PathParam("id") long id, @NotNull(message = "Send \\{\"format\": \"tmx\"…, \"versions\": \"12,13\"\\}.") ExportJobRequest body) {
        var job = exporter.inBackground(jobs, currentUser.name(), id, body.versions() == null || body.versions().isBlank() ? java.util.List.of()
                        : AlignmentApi.parseIds(body.versions()), ExchangeFormat.parse(body.format()),
                Segmentation.parse(body.segmentation()), Boolean.TRUE.equals(body.bom()), body.target(), jobId -> "/api/jobs/" + jobId + "/file");
        return Response.accepted(dev.parallax.common.web.JobPages.JobJson.of(job)).location(URI.create("/api/jobs/" + job.id())).build();
    }

    /**
     * An aligned-text file as the body: TMX ({@code application/x-tmx+xml}, or generic XML with
     * {@code ?format=tmx}), XLIFF 2.0, CSV, TSV, the JSON export or the DOCX review document. With
     * {@code ?background=true} (a large file): 202 with the job to follow at {@code Location}; the job reads and stores
     * the file with its progress and ends with a one-story report, or fails with the reason and nothing stored.
     */
    @POST
    @Path("import")
    @Consumes({TMX, XLIFF, MediaType.APPLICATION_XML, MediaType.TEXT_XML, "text/csv", "text/tab-separated-values",
            MediaType.APPLICATION_JSON, "application/vnd.openxmlformats-officedocument.wordprocessingml.document"})
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.EDITOR_NAME)
    public Response importFile(byte[] body, @HeaderParam("Content-Type") String contentType, @QueryParam("format") String format,
                               @QueryParam("filename") String fileName, @QueryParam("title") String title,
                               @QueryParam("background") boolean background) {
        ExchangeFormat kind = ExchangeFormat.ofUpload(format, fileName, contentType);
        if (background) {
            var job = importer.inBackground(jobs, currentUser.name(), body, kind, fileName, title, id -> "/api/stories/" + id);
            return Response.accepted(dev.parallax.common.web.JobPages.JobJson.of(job)).location(URI.create("/api/jobs/" + job.id())).build();
        }
        Story story = importer.store(importer.read(body, kind, fileName), title, fileName);
        return Response.created(URI.create("/api/stories/" + story.id)).entity(StoryDetail.of(story)).build();
    }
}
