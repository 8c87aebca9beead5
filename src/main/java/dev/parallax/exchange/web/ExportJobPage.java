package dev.parallax.exchange.web;

import dev.parallax.align.api.AlignmentApi;
import dev.parallax.common.Jobs;
import dev.parallax.exchange.ExchangeFormat;
import dev.parallax.exchange.Segmentation;
import dev.parallax.exchange.export.ExchangeExporter;
import dev.parallax.user.CurrentUser;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;

import java.net.URI;
import java.util.List;

/**
 * The aligned page's "Prepare in the background" form: a long story's export made by a background job; the
 * job's page shows the progress (rows written), then the download.
 */
@Path("/stories/{id}/export-job")
public class ExportJobPage {

    @Inject
    ExchangeExporter exporter;
    @Inject
    Jobs jobs;
    @Inject
    CurrentUser currentUser;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @jakarta.annotation.security.RolesAllowed(dev.parallax.user.Role.TRANSLATOR_NAME)
    public Response start(@PathParam("id") long id, @RestForm String versions, @RestForm String format) {
        List<Long> ids = versions == null || versions.isBlank() ? List.of() : AlignmentApi.parseIds(versions);
        Jobs.Job job = exporter.inBackground(jobs, currentUser.name(), id, ids, ExchangeFormat.parse(format), Segmentation.parse(null),
                false, null, jobId -> "/jobs/" + jobId + "/file");
        return Response.seeOther(URI.create("/jobs/" + job.id())).build();
    }
}
