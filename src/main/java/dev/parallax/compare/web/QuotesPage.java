package dev.parallax.compare.web;

import dev.parallax.align.api.AlignmentApi;
import dev.parallax.common.web.RowChunk;
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
import java.util.stream.IntStream;

/** The "Quotes" page: every quoted statement of a story, row by row, as each version renders it. */
@Path("/stories/{id}/quotes")
@Produces(MediaType.TEXT_HTML)
public class QuotesPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance quotes(Story story, StoryQuotes quotes, String versions, RowChunk<Integer> window);

        static native TemplateInstance quotes$statements(Story story, StoryQuotes quotes, String versions, RowChunk<Integer> window);
    }

    @Inject
    CompareService compare;
    @Inject
    StoryService stories;

    /** The page: the first screen of statements, or from statement {@code from} on (a link without JavaScript). */
    @GET
    public TemplateInstance page(@PathParam("id") long id, @QueryParam("versions") String versions, @QueryParam("from") Integer from) {
        Story story = stories.story(id);
        StoryQuotes quotes = compare.quotes(id, AlignmentApi.parseIds(versions));
        return Templates.quotes(story, quotes, csv(quotes), window(quotes, RowChunk.pageStart(from), RowChunk.FIRST_SCREEN));
    }

    /** The next statements from statement {@code from}, for htmx (the last row asks when it is revealed). */
    @GET
    @Path("statements")
    public TemplateInstance statements(@PathParam("id") long id, @QueryParam("versions") String versions, @QueryParam("from") Integer from) {
        int start = RowChunk.chunkStart(from, "statement");
        Story story = stories.story(id);
        StoryQuotes quotes = compare.quotes(id, AlignmentApi.parseIds(versions));
        return Templates.quotes$statements(story, quotes, csv(quotes), window(quotes, start, RowChunk.CHUNK));
    }

    /** Statements are numbered by their place in the list (a row may quote several), so chunks never overlap. */
    private static RowChunk<Integer> window(StoryQuotes quotes, int from, int size) {
        return RowChunk.of(IntStream.range(0, quotes.statements().size()).boxed().toList(), i -> i, from, size);
    }

    private static String csv(StoryQuotes quotes) {
        return quotes.alignment().versionIds().stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}
