package dev.parallax.story.api;

import dev.parallax.story.upload.Uploads;
import dev.parallax.common.Jobs;
import dev.parallax.common.ParallaxConfig;
import dev.parallax.common.web.JobPages;
import dev.parallax.story.BulkVersionImporter;
import dev.parallax.story.folder.BulkImporter;
import dev.parallax.story.folder.StoryFolder;
import dev.parallax.story.folder.StoryFolderImporter;
import dev.parallax.story.upload.TextExtractor;
import dev.parallax.story.upload.UploadFormat;
import dev.parallax.story.Story;
import dev.parallax.story.StoryList;
import dev.parallax.story.StoryService;
import dev.parallax.story.Version;
import dev.parallax.story.VersionInput;
import dev.parallax.story.api.StoryJson.NewStory;
import dev.parallax.story.api.StoryJson.StoryCreated;
import dev.parallax.story.api.StoryJson.StoryDetail;
import dev.parallax.story.api.StoryJson.StorySummary;
import dev.parallax.story.api.StoryJson.VersionDetail;
import dev.parallax.user.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;

import java.net.URI;
import java.util.List;

/** Stories: list, create, read, delete, and import a zipped story folder. */
@Path("/api/stories")
@Produces(MediaType.APPLICATION_JSON)
public class StoryApi {

    @Inject
    StoryService stories;
    @Inject
    StoryFolderImporter importer;
    @Inject
    ParallaxConfig config;
    @Inject
    StoryList storyList;
    @Inject
    BulkImporter bulk;
    @Inject
    BulkVersionImporter bulkVersions;
    @Inject
    Jobs jobs;
    @Inject
    dev.parallax.user.CurrentUser currentUser;

    /**
     * One page of stories (the body stays a JSON array); the next page is in the {@code Link: <…>; rel="next"}
     * header (RFC 8288), absent on the last page.
     */
    @GET
    public Response list(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor, @QueryParam("sort") String sort,
                         @QueryParam("language") String language, @QueryParam("outlet") String outlet,
                         @QueryParam("from") String from, @QueryParam("to") String to, @Context UriInfo uri) {
        StoryList.Page page = storyList.page(StoryList.Query.parse(limit, cursor, sort, language, outlet, from, to));
        List<StorySummary> body = page.items().stream().map(StorySummary::of).toList();
        Response.ResponseBuilder response = Response.ok(body);
        if (page.next() != null) {
            URI next = uri.getRequestUriBuilder().replaceQueryParam("cursor", page.next()).build();
            response.header("Link", "<" + next + ">; rel=\"next\"");
        }
        return response.build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.EDITOR_NAME)
    public Response create(@NotNull(message = "Send \\{\"title\": \"…\"\\}.") NewStory body) {
        Story story = stories.createStory(body.title(), null);
        return Response.created(URI.create("/api/stories/" + story.id)).entity(StoryCreated.of(story)).build();
    }

    @GET
    @Path("{id}")
    public StoryDetail get(@PathParam("id") long id) {
        return StoryDetail.of(stories.story(id));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Role.EDITOR_NAME)
    public Response delete(@PathParam("id") long id) {
        stories.deleteStory(id);
        return Response.noContent().build();
    }

    /**
     * A zipped story folder as the request body ({@code Content-Type: application/zip}). With {@code ?background=true}
     * (a large story) the zip is read and checked now (a bad one is a 400, nothing saved), then stored by a job: 202
     * with the job to follow at {@code Location}, ending with the one-story report of a bulk import.
     */
    @POST
    @Path("import")
    @Consumes({"application/zip", "application/x-zip-compressed", MediaType.APPLICATION_OCTET_STREAM})
    @RolesAllowed(Role.EDITOR_NAME)
    public Response importZip(byte[] zip, @QueryParam("filename") String fileName, @QueryParam("background") boolean background) {
        Uploads.body(zip, config);
        String name = fileName == null ? "story.zip" : fileName;
        StoryFolder folder = StoryFolder.unzip(zip, name, Uploads.unzippedLimit(config));
        if (background) {
            return accepted(bulk.inBackground(jobs, currentUser.name(), List.of(new StoryFolder.Entry(name, folder, null)), name,
                    id -> "/api/jobs/" + id));
        }
        Story story = importer.importFolder(folder);
        return Response.created(URI.create("/api/stories/" + story.id)).entity(StoryDetail.of(stories.story(story.id))).build();
    }

    /**
     * A zip of many story folders: each story imported in its own transaction; the answer reports each
     * folder ({@code imported} with its id, or {@code failed} with the reason), 200 even when some failed.
     */
    @POST
    @Path("import-many")
    @Consumes({"application/zip", "application/x-zip-compressed", MediaType.APPLICATION_OCTET_STREAM})
    @RolesAllowed(Role.EDITOR_NAME)
    public Response importMany(byte[] zip, @QueryParam("filename") String fileName, @QueryParam("background") boolean background) {
        Uploads.body(zip, config.exchange().maxImportSize().asLongValue(), Uploads.IMPORT_LIMIT,
                "Send a zip of story folders as the body (Content-Type: application/zip).");
        if (background) {
            var entries = bulk.entries(zip, fileName);
            return accepted(bulk.inBackground(jobs, currentUser.name(), entries, fileName, id -> "/api/jobs/" + id));
        }
        return Response.ok(bulk.importZip(zip, fileName)).build();
    }

    /** 202: the work goes on in the background; {@code Location} and the body say where to follow it. */
    static Response accepted(Jobs.Job job) {
        return Response.accepted(JobPages.JobJson.of(job)).location(URI.create("/api/jobs/" + job.id())).build();
    }

    /**
     * Many versions into existing or new stories: a JSON array of {@code {"story": id | "title": "…", "versions": […]}},
     * each story's versions in their own transaction; the answer reports each story, 200 even when some failed.
     */
    @POST
    @Path("import-versions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.EDITOR_NAME)
    public Response importVersions(byte[] body, @QueryParam("background") boolean background) {
        Uploads.body(body, config.exchange().maxImportSize().asLongValue(), Uploads.IMPORT_LIMIT,
                "Send a JSON array of stories, each {\"story\": id or \"title\": …, \"versions\": […]}.");
        var batches = BulkVersionImporter.parse(body);
        if (background) {
            return accepted(bulkVersions.inBackground(jobs, currentUser.name(), batches, null, id -> "/api/jobs/" + id));
        }
        return Response.ok(bulkVersions.importAll(batches)).build();
    }

    /** A new version from JSON fields; {@code text} holds the paragraphs separated by blank lines. */
    @POST
    @Path("{id}/versions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.EDITOR_NAME)
    public Response addVersion(@PathParam("id") long id, @NotNull(message = "Send the version's fields and its text as JSON.") VersionRequest body) {
        Version version = stories.addVersion(id, body.toInput());
        return created(version);
    }

    /**
     * A new version from a file sent as the body (.txt/.md with a front-matter header, .html, .docx);
     * metadata in query parameters fills or overrides what the file says.
     */
    @POST
    @Path("{id}/versions")
    @Consumes({MediaType.TEXT_PLAIN, "text/markdown", MediaType.TEXT_HTML, "application/xhtml+xml",
            UploadFormat.DOCX_MEDIA_TYPE, MediaType.APPLICATION_OCTET_STREAM})
    @RolesAllowed(Role.EDITOR_NAME)
    public Response uploadVersion(@PathParam("id") long id, byte[] file,
                                  @HeaderParam("Content-Type") String contentType, @Context UriInfo uri) {
        var q = uri.getQueryParameters();
        String fileName = q.getFirst("filename");
        Uploads.body(file, config);
        UploadFormat format = UploadFormat.of(fileName, contentType);
        stories.story(id);
        VersionInput fromFile = TextExtractor.extract(file, fileName, format);
        String key = format == UploadFormat.TEXT || format == UploadFormat.MARKDOWN ? StoryFolder.keyOf(fileName == null ? "" : fileName) : null;
        VersionInput fromQuery = new VersionInput(key == null || key.isBlank() ? null : key, q.getFirst("outlet"), q.getFirst("language"), q.getFirst("title"),
                q.getFirst("kind"), q.getFirst("translationOf"), q.getFirst("sourceUrl"), q.getFirst("publishedAt"), null);
        return created(stories.addVersion(id, fromQuery.orElse(fromFile)));
    }

    /** 201 with the version as committed, read after the service's transaction (which owns the write). */
    private Response created(Version version) {
        return Response.created(URI.create("/api/versions/" + version.id)).entity(VersionDetail.of(stories.version(version.id))).build();
    }
}
