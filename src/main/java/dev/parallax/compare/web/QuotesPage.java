package dev.parallax.compare.web;

import dev.parallax.align.api.AlignmentApi;
import dev.parallax.compare.CompareService;
import dev.parallax.compare.CompareService.StoryQuotes;
import dev.parallax.story.Story;
import dev.parallax.story.StoryService;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.stream.Collectors;

/** The "Quotes" page: every quoted statement of a story, row by row, as each version renders it. */
@Path("/stories/{id}/quotes")
@Produces(MediaType.TEXT_HTML)
public class QuotesPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance quotes(Story story, StoryQuotes quotes, String versions);
    }

    @Inject
    CompareService compare;
    @Inject
    StoryService stories;

    @GET
    public TemplateInstance page(@PathParam("id") long id, @QueryParam("versions") String versions) {
        Story story = stories.story(id);
        StoryQuotes quotes = compare.quotes(id, AlignmentApi.parseIds(versions));
        String csv = quotes.alignment().versionIds().stream().map(String::valueOf).collect(Collectors.joining(","));
        return Templates.quotes(story, quotes, csv);
    }
}
