package dev.parallax.exchange.web;

import dev.parallax.common.ApiException;
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

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;

/**
 * The home page's "Import aligned text" form: the file becomes a new story and the browser lands on its
 * aligned view. A refused file answers with the error page, naming what is wrong. (Export needs no page
 * of its own: the aligned page's export form is a plain GET of the export API.)
 */
@Path("/stories/import-aligned")
@Produces(MediaType.TEXT_HTML)
public class ExchangePages {

    @Inject
    ExchangeImporter importer;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(Role.EDITOR_NAME)
    public Response importAligned(@RestForm("file") FileUpload file, @RestForm String title) {
        if (file == null || file.size() == 0) {
            throw ApiException.badRequest("No file", "Choose a TMX, XLIFF, CSV, TSV, JSON or DOCX file to import.");
        }
        importer.checkSize(file.size());
        ExchangeFormat format = ExchangeFormat.ofUpload(null, file.fileName(), file.contentType());
        byte[] data;
        try {
            data = Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw ApiException.badRequest("Unreadable upload", "The uploaded file could not be read; upload it again.");
        }
        Story story = importer.store(importer.read(data, format, file.fileName()), title, file.fileName());
        return Response.seeOther(URI.create("/stories/" + story.id + "/aligned")).build();
    }
}
