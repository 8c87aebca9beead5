package dev.parallax.common.web;

import dev.parallax.common.JobFile;
import dev.parallax.common.Jobs;
import dev.parallax.common.Jobs.Job;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;

/**
 * Where a user follows their long work: a job's page with a progress bar that polls (htmx) until the work is
 * done, then links to the result; the list of their jobs; an export's file; and the same as JSON for scripts. Every
 * job is read from the table {@code job}, so any instance answers for it (ADR 26).
 */
@Path("/")
@Authenticated
public class JobPages {

    /** A job as the API shows it. */
    public record JobJson(String id, String kind, String title, String state, int done, int total, int remaining, String step,
                          String message, String resultUrl, long seconds, Object result) {
        public static JobJson of(Job j) {
            // a file is downloaded from its own address, not put in the JSON (result() is null for it)
            return new JobJson(j.id(), j.kind(), j.title(), j.state(), j.doneCount(), j.total(), j.remaining(), j.stepWords(),
                    j.message(), j.resultUrl(), j.seconds(), j.result());
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance job(Job job);

        static native TemplateInstance job$progress(Job job);

        static native TemplateInstance jobs(List<Job> jobs);
    }

    @Inject
    Jobs jobs;
    @Inject
    SecurityIdentity identity;

    @GET
    @Path("jobs")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance list() {
        return Templates.jobs(jobs.of(owner()));
    }

    @GET
    @Path("jobs/{id}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page(@PathParam("id") String id) {
        return Templates.job(jobs.get(id, owner()));
    }

    /** The progress bar alone, for htmx to poll while the job runs. */
    @GET
    @Path("jobs/{id}/progress")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance progress(@PathParam("id") String id) {
        return Templates.job$progress(jobs.get(id, owner()));
    }

    /** The file an export job made. */
    @GET
    @Path("api/jobs/{id}/file")
    public Response apiFile(@PathParam("id") String id) {
        return file(id);
    }

    @GET
    @Path("jobs/{id}/file")
    public Response file(@PathParam("id") String id) {
        JobFile file = jobs.file(id, owner());
        return Response.ok(file.bytes(), file.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + file.name() + "\"").build();
    }

    @GET
    @Path("api/jobs/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public JobJson get(@PathParam("id") String id) {
        return JobJson.of(jobs.get(id, owner()));
    }

    @GET
    @Path("api/jobs")
    @Produces(MediaType.APPLICATION_JSON)
    public List<JobJson> all() {
        return jobs.of(owner()).stream().map(JobJson::of).toList();
    }

    private String owner() {
        return identity.getPrincipal().getName();
    }
}
