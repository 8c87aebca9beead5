package dev.parallax.exchange.web;

import dev.parallax.story.upload.Uploads;
import dev.parallax.exchange.ExchangeFormat;
import dev.parallax.exchange.imports.ExchangeImporter;
import dev.parallax.story.Story;
import dev.parallax.user.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.net.URI;

/**
 * The home page's "Import aligned text" form: the file becomes a new story and the browser lands on its
 * aligned view. A refused file answers with the error page, naming what is wrong. A large file (from
 * {@link #BACKGROUND_FROM} bytes) is imported in the background: the browser follows the job's progress bar, which
 * links to the aligned view when it is done, or says why the file was refused. (Export needs no page
 * of its own: the aligned page's export form is a plain GET of the export API.)
 */
@Path("/stories/import-aligned")
@Produces(MediaType.TEXT_HTML)
public class ExchangePages {

    /** Files from this size on are imported in the background, the browser following the job's progress bar. */
    static final int BACKGROUND_FROM = 512 * 1024;

    @Inject
    ExchangeImporter importer;
    @Inject
    dev.parallax.common.Jobs jobs;
    @Inject
    dev.parallax.user.CurrentUser currentUser;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(Role.EDITOR_NAME)
    public Response importAligned(@RestForm("file") FileUpload file, @RestForm String title) {
        byte[] data = Uploads.file(file, importer.maxSize(), Uploads.IMPORT_LIMIT, "Choose a TMX, XLIFF, CSV, TSV, JSON or DOCX file to import.");
        ExchangeFormat format = ExchangeFormat.ofUpload(null, file.fileName(), file.contentType());
        if (data.length >= BACKGROUND_FROM) {
            var job = importer.inBackground(jobs, currentUser.name(), data, format, file.fileName(), title, id -> "/stories/" + id + "/aligned");
            return Response.seeOther(URI.create("/jobs/" + job.id())).build();
        }
        Story story = importer.store(importer.read(data, format, file.fileName()), title, file.fileName());
        return Response.seeOther(URI.create("/stories/" + story.id + "/aligned")).build();
    }
}
