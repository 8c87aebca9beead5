package dev.parallax.exchange.web;

import dev.parallax.common.ApiException;
import dev.parallax.common.ParallaxConfig;
import dev.parallax.common.Jobs;
import dev.parallax.story.folder.BulkImporter;
import dev.parallax.story.folder.StoryFolder;
import dev.parallax.story.BulkVersionImporter;
import dev.parallax.user.CurrentUser;
import dev.parallax.user.Role;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.List;

/**
 * The bulk import page: a zip of many story folders, or a JSON file of many versions into existing or new
 * stories, each story in its own transaction. The file is checked at once (a bad one is refused with the form
 * kept); the import runs as a background job with a progress bar, and this page then shows what became of each story.
 */
@Path("/import")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.EDITOR_NAME)
public class BulkImportPage {

    /** A row of the report, whichever kind of import made it. */
    public record Line(String name, boolean imported, Long story, String title, String what) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance bulk(String error, String kind, List<Line> report, int imported, int failed);
    }

    @Inject
    BulkImporter folders;
    @Inject
    BulkVersionImporter versions;
    @Inject
    ParallaxConfig config;
    @Inject
    Jobs jobs;
    @Inject
    CurrentUser currentUser;

    /** The forms, and the report of a finished bulk import ({@code ?job=}). */
    @GET
    public TemplateInstance page(@QueryParam("job") String jobId) {
        if (jobId == null || jobId.isBlank()) {
            return Templates.bulk(null, null, List.of(), 0, 0);
        }
        Jobs.Job job = jobs.get(jobId, currentUser.name());
        String kind;
        List<Line> lines;
        BulkImporter.Report storyReport = job.result(BulkImporter.Report.class);
        BulkVersionImporter.Report versionReport = storyReport == null ? job.result(BulkVersionImporter.Report.class) : null;
        if (storyReport != null) {
            kind = "stories";
            lines = lines(storyReport);
        } else if (versionReport != null) {
            kind = "versions";
            lines = lines(versionReport);
        } else {
            return Templates.bulk(job.running() ? "This import is still running; its page shows how far it has got."
                    : job.message(), null, List.of(), 0, 0);
        }
        int imported = (int) lines.stream().filter(Line::imported).count();
        return Templates.bulk(null, kind, lines, imported, lines.size() - imported);
    }

    @POST
    @Path("stories")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response stories(@RestForm("file") FileUpload file) {
        try {
            byte[] zip = read(file, "a .zip of story folders");
            if (!file.fileName().toLowerCase(java.util.Locale.ROOT).endsWith(".zip")) {
                throw ApiException.unsupportedMedia("'" + file.fileName() + "' is not a .zip of story folders.");
            }
            // the zip is read and checked now (a bad one is refused here); the stories are imported in the background
            List<StoryFolder.Entry> entries = folders.entries(zip, file.fileName());
            Jobs.Job job = folders.inBackground(jobs, currentUser.name(), entries, file.fileName(), id -> "/import?job=" + id);
            return Response.seeOther(URI.create("/jobs/" + job.id())).build();
        } catch (ApiException e) {
            return refused("stories", e);
        }
    }

    @POST
    @Path("versions")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response versions(@RestForm("file") FileUpload file) {
        try {
            List<BulkVersionImporter.Batch> batches = BulkVersionImporter.parse(read(file, "a JSON file of versions"));
            Jobs.Job job = versions.inBackground(jobs, currentUser.name(), batches, file.fileName(), id -> "/import?job=" + id);
            return Response.seeOther(URI.create("/jobs/" + job.id())).build();
        } catch (ApiException e) {
            return refused("versions", e);
        }
    }

    static List<Line> lines(BulkImporter.Report report) {
        return report.stories().stream().map(o -> new Line(o.folder(), o.imported(), o.id(), o.title(),
                o.imported() ? o.versions() + (o.versions() == 1 ? " version" : " versions") : o.error() + ": " + o.detail())).toList();
    }

    static List<Line> lines(BulkVersionImporter.Report report) {
        return report.stories().stream().map(o -> new Line("item " + o.index(), o.imported(), o.imported() ? o.story() : null,
                o.title(), o.imported() ? o.versions().size() + (o.versions().size() == 1 ? " version" : " versions")
                        : o.error() + ": " + o.detail())).toList();
    }

    private Response refused(String kind, ApiException e) {
        String message = e.message();
        return Response.status(e.status()).entity(Templates.bulk(message, kind, List.of(), 0, 0)).build();
    }

    private byte[] read(FileUpload file, String what) {
        if (file == null || file.size() == 0) {
            throw ApiException.badRequest("No file", "Choose " + what + " to import.");
        }
        long max = config.exchange().maxImportSize().asLongValue();
        if (file.size() > max) {
            throw ApiException.tooLarge("The file is " + file.size() + " bytes; the limit is " + max + " (parallax.exchange.max-import-size).");
        }
        try {
            return Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw ApiException.badRequest("Unreadable upload", "The uploaded file could not be read; upload it again.");
        }
    }
}
