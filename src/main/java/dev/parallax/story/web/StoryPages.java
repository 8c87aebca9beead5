package dev.parallax.story.web;

import dev.parallax.story.upload.Uploads;
import dev.parallax.common.ApiException;
import dev.parallax.common.ParallaxConfig;
import dev.parallax.common.web.RowChunk;
import dev.parallax.story.Paragraph;
import dev.parallax.story.folder.StoryFolder;
import dev.parallax.story.folder.StoryFolderImporter;
import dev.parallax.story.upload.TextExtractor;
import dev.parallax.story.upload.UploadFormat;
import dev.parallax.story.Story;
import dev.parallax.story.StoryList;
import dev.parallax.story.StoryService;
import dev.parallax.story.Version;
import dev.parallax.story.VersionInput;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import dev.parallax.user.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The workbench's pages for stories and versions. Each form is a real HTML form (htmx boosts it when
 * JavaScript runs); a refused submission re-renders the form with the message and the user's input.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class StoryPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(StoryList.Page page, StoryList.Query query, List<String> sorts, String nextUrl,
                                             String error, String title);

        static native TemplateInstance story(Story story, long focusVersion, int focusFrom);

        static native TemplateInstance story$paragraphs(Story story, Version v, RowChunk<Paragraph> window);

        static native TemplateInstance versionForm(Story story, Version version, VersionForm form, String error);

        static native TemplateInstance confirmDelete(String what, String name, String action, String cancel, String consequence);
    }

    @Inject
    StoryService stories;
    @Inject
    StoryFolderImporter importer;
    @Inject
    ParallaxConfig config;
    @Inject
    StoryList storyList;

    static final List<String> SORTS = java.util.Arrays.stream(StoryList.Sort.values()).map(StoryList.Sort::label).toList();

    /** The stories, a page at a time, newest change first unless asked otherwise; bad filters show inline. */
    @GET
    public Response index(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor, @QueryParam("sort") String sort,
                          @QueryParam("language") String language, @QueryParam("outlet") String outlet,
                          @QueryParam("from") String from, @QueryParam("to") String to) {
        try {
            return Response.ok(home(StoryList.Query.parse(limit, cursor, sort, language, outlet, from, to), null, "")).build();
        } catch (ApiException e) {
            return Response.status(e.status()).entity(home(StoryList.Query.parse(null, null, null, null, null), e.message(), "")).build();
        }
    }

    private TemplateInstance home(StoryList.Query query, String error, String title) {
        StoryList.Page page = storyList.page(query);
        String nextUrl = null;
        if (page.next() != null) {
            StringBuilder url = new StringBuilder("/?cursor=").append(page.next());
            if (query.sort() != StoryList.Sort.CHANGED) {
                url.append("&sort=").append(query.sort().label());
            }
            if (query.limit() != StoryList.DEFAULT_LIMIT) {
                url.append("&limit=").append(query.limit());
            }
            if (query.language() != null) {
                url.append("&language=").append(java.net.URLEncoder.encode(query.language(), java.nio.charset.StandardCharsets.UTF_8));
            }
            if (query.outlet() != null) {
                url.append("&outlet=").append(java.net.URLEncoder.encode(query.outlet(), java.nio.charset.StandardCharsets.UTF_8));
            }
            if (query.from() != null) {
                url.append("&from=").append(query.from());
            }
            if (query.to() != null) {
                url.append("&to=").append(query.to());
            }
            nextUrl = url.toString();
        }
        return Templates.index(page, query, SORTS, nextUrl, error, title);
    }

    private TemplateInstance home(String error, String title) {
        return home(StoryList.Query.parse(null, null, null, null, null), error, title);
    }

    @POST
    @Path("stories")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.EDITOR_NAME)
    public Response createStory(@RestForm String title) {
        try {
            Story story = stories.createStory(title, null);
            return dev.parallax.common.web.Flash.seeOther("/stories/" + story.id, "Created the story.");
        } catch (ApiException e) {
            return Response.status(e.status()).entity(home(e.message(), title)).build();
        }
    }

    @POST
    @Path("stories/import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(Role.EDITOR_NAME)
    public Response importStory(@RestForm("file") FileUpload file) {
        try {
            byte[] zip = read(file);
            if (!file.fileName().toLowerCase().endsWith(".zip")) {
                throw ApiException.unsupportedMedia("'" + file.fileName() + "' is not a .zip of a story folder.");
            }
            Story story = importer.importFolder(StoryFolder.unzip(zip, file.fileName(), Uploads.unzippedLimit(config)));
            return seeOther("/stories/" + story.id);
        } catch (ApiException e) {
            return Response.status(e.status()).entity(home(e.message(), "")).build();
        }
    }

    /** A story's versions; a long version shows its first screen of paragraphs, or starts where a link asks. */
    @GET
    @Path("stories/{id}")
    public TemplateInstance story(@PathParam("id") long id, @QueryParam("version") Long version, @QueryParam("from") Integer from) {
        return Templates.story(stories.story(id), version == null ? 0 : version, RowChunk.pageStart(from));
    }

    /** The next paragraphs of one version from paragraph {@code from}, for htmx (the last one asks when it is revealed). */
    @GET
    @Path("stories/{id}/versions/{versionId}/paragraphs")
    public TemplateInstance paragraphs(@PathParam("id") long id, @PathParam("versionId") long versionId, @QueryParam("from") Integer from) {
        int start = RowChunk.chunkStart(from, "paragraph");
        Version v = stories.version(versionId);
        if (v.story.id != id) {
            throw new ApiException(404, "Version not found", "Story " + id + " has no version " + versionId + ".");
        }
        return Templates.story$paragraphs(v.story, v, RowChunk.of(v.paragraphs, p -> p.ordinal, start, RowChunk.CHUNK));
    }

    @GET
    @Path("stories/{id}/versions/new")
    @RolesAllowed(Role.EDITOR_NAME)
    public TemplateInstance newVersion(@PathParam("id") long id) {
        return Templates.versionForm(stories.story(id), null, VersionForm.empty(), null);
    }

    @POST
    @Path("stories/{id}/versions")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(Role.EDITOR_NAME)
    public Response addVersion(@PathParam("id") long id, @RestForm String outlet, @RestForm String language,
                               @RestForm String title, @RestForm String kind, @RestForm String translationOf,
                               @RestForm String sourceUrl, @RestForm String publishedAt, @RestForm String text,
                               @RestForm("file") FileUpload file) {
        Story story = stories.story(id);
        VersionForm form = new VersionForm(outlet, language, title, kind, translationOf, sourceUrl, publishedAt, text);
        try {
            VersionInput input = form.toInput();
            if (file != null && file.size() > 0) {
                if (text != null && !text.isBlank()) {
                    throw ApiException.badRequest("Two texts", "Either paste the text or upload a file, not both.");
                }
                byte[] data = read(file);
                VersionInput fromFile = TextExtractor.extract(data, file.fileName(), UploadFormat.of(file.fileName(), file.contentType()));
                input = input.orElse(fromFile);
            }
            Version version = stories.addVersion(id, input);
            int n = version.paragraphs.size();
            return dev.parallax.common.web.Flash.seeOther("/stories/" + id + "#version-" + version.id,
                    "Added the version " + version.outlet + " (" + version.language + "): " + n + (n == 1 ? " paragraph." : " paragraphs."));
        } catch (ApiException e) {
            return Response.status(e.status()).entity(Templates.versionForm(story, null, form, e.message())).build();
        }
    }

    @GET
    @Path("versions/{id}/edit")
    @RolesAllowed(Role.EDITOR_NAME)
    public TemplateInstance editVersion(@PathParam("id") long id) {
        Version version = stories.version(id);
        return Templates.versionForm(version.story, version, VersionForm.of(version), null);
    }

    @POST
    @Path("versions/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.EDITOR_NAME)
    public Response updateVersion(@PathParam("id") long id, @RestForm String outlet, @RestForm String language,
                                  @RestForm String title, @RestForm String kind, @RestForm String translationOf,
                                  @RestForm String sourceUrl, @RestForm String publishedAt) {
        VersionForm form = new VersionForm(outlet, language, title, kind, translationOf, sourceUrl, publishedAt, "");
        Map<String, String> changes = new HashMap<>();
        changes.put("outlet", outlet);
        changes.put("language", language);
        changes.put("title", title);
        changes.put("kind", kind);
        changes.put("translationOf", translationOf);
        changes.put("sourceUrl", sourceUrl);
        changes.put("publishedAt", publishedAt);
        try {
            Version version = stories.updateMetadata(id, changes);
            return seeOther("/stories/" + version.story.id + "#version-" + id);
        } catch (ApiException e) {
            Version version = stories.version(id);
            return Response.status(e.status()).entity(Templates.versionForm(version.story, version, form, e.message())).build();
        }
    }

    @GET
    @Path("versions/{id}/delete")
    @RolesAllowed(Role.EDITOR_NAME)
    public TemplateInstance confirmDeleteVersion(@PathParam("id") long id) {
        Version v = stories.version(id);
        return Templates.confirmDelete("version", v.outlet + " (" + v.languageName() + ")", "/versions/" + id + "/delete",
                "/stories/" + v.story.id, "Its " + v.paragraphs.size() + " paragraphs will be deleted with it.");
    }

    @POST
    @Path("versions/{id}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.EDITOR_NAME)
    public Response deleteVersion(@PathParam("id") long id) {
        long storyId = stories.version(id).story.id;
        stories.deleteVersion(id);
        return seeOther("/stories/" + storyId);
    }

    @GET
    @Path("stories/{id}/delete")
    @RolesAllowed(Role.EDITOR_NAME)
    public TemplateInstance confirmDeleteStory(@PathParam("id") long id) {
        Story s = stories.story(id);
        return Templates.confirmDelete("story", s.title, "/stories/" + id + "/delete", "/stories/" + id,
                "Its " + s.versions.size() + " versions and all their paragraphs will be deleted with it.");
    }

    @POST
    @Path("stories/{id}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.EDITOR_NAME)
    public Response deleteStory(@PathParam("id") long id) {
        stories.deleteStory(id);
        return seeOther("/");
    }

    private byte[] read(FileUpload file) {
        return Uploads.file(file, config.maxTextSize().asLongValue(), Uploads.TEXT_LIMIT, "Choose a file to upload.");
    }

    private static Response seeOther(String location) {
        return Response.seeOther(URI.create(location)).build();
    }
}
