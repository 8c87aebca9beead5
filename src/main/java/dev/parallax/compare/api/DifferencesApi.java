package dev.parallax.compare.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.parallax.align.StoryAlignment;
import dev.parallax.align.api.AlignmentApi;
import dev.parallax.align.engine.Row;
import dev.parallax.compare.CompareService;
import dev.parallax.compare.CompareService.QuotedStatement;
import dev.parallax.compare.StoryDifferences;
import dev.parallax.compare.engine.CellDiff;
import dev.parallax.compare.CrossLanguageLinks;
import dev.parallax.compare.engine.WordLinks;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.ArrayList;
import java.util.List;

/**
 * How each version's wording differs from the base's, row by row, with the flags editors look at; and
 * the story's quoted statements as each version renders them.
 */
@Path("/api/stories/{id}")
@Produces(MediaType.APPLICATION_JSON)
public class DifferencesApi {

    @Inject
    CompareService compare;
    @Inject
    CrossLanguageLinks wordLinks;

    public record OpJson(String op, String text) {
    }

    public record FlagJson(String type, String base, String other, String message) {
    }

    /**
     * Words of the base cell and of this cell that stand for the same thing: UTF-16 {@code [start, end)} offsets;
     * {@code kind} is term, number, name or word (see {@link WordLinks}).
     */
    public record LinkJson(List<Integer> base, List<Integer> other, String kind) {
    }

    public record DiffJson(List<OpJson> ops, double similarity, List<FlagJson> flags, List<LinkJson> links) {
        static DiffJson of(CellDiff d, List<LinkJson> links) {
            return d == null ? null : new DiffJson(d.ops().stream().map(o -> new OpJson(o.op().json(), o.text())).toList(),
                    d.similarity(), d.flags().stream().map(f -> new FlagJson(f.type().key(), f.base(), f.other(), f.message())).toList(),
                    links);
        }
    }

    /** An alignment row (as the alignment API writes it) with its similarity and, per version, its diff (null for the base). */
    public record RowJson(List<List<Integer>> cells, double score, List<Boolean> moved, boolean confirmed, boolean fixed,
                          double similarity, @JsonInclude(JsonInclude.Include.ALWAYS) List<DiffJson> diffs) {
    }

    public record Result(List<Long> versions, List<RowJson> rows) {
    }

    /** {@code versions}: comma-separated version ids, the first being the base; default all, base = first original. */
    @GET
    @Path("differences")
    public Result differences(@PathParam("id") long story, @QueryParam("versions") String versions) {
        StoryDifferences d = compare.differences(story, AlignmentApi.parseIds(versions));
        StoryAlignment a = d.alignment();
        WordLinks linker = wordLinks.links();
        List<RowJson> rows = new ArrayList<>();
        for (int r = 0; r < a.rows().size(); r++) {
            Row row = a.rows().get(r);
            StoryDifferences.RowDifferences rd = d.row(r);
            List<WordLinks.Cell> cells = new ArrayList<>();
            for (int v = 0; v < rd.cells().size(); v++) {
                cells.add(new WordLinks.Cell(CompareService.cellText(a, row, v), a.versions().get(v).language));
            }
            List<List<WordLinks.Mark>> marks = linker.marks(cells);
            List<DiffJson> diffs = new ArrayList<>();
            for (int v = 0; v < rd.cells().size(); v++) {
                CellDiff c = rd.cells().get(v);
                List<LinkJson> links = List.of();
                if (c != null) {
                    links = WordLinks.links(marks.get(0), marks.get(v)).stream()
                            .map(l -> new LinkJson(List.of(l.baseStart(), l.baseEnd()), List.of(l.otherStart(), l.otherEnd()), l.kind()))
                            .toList();
                }
                diffs.add(DiffJson.of(c, links));
            }
            rows.add(new RowJson(row.cells(), Math.round(row.score() * 1000) / 1000.0, row.moved(), a.confirmed().get(r), row.fixed(),
                    rd.similarity(), diffs));
        }
        return new Result(a.versionIds(), rows);
    }

    /** {@code texts[i]}: version i's rendering of the statement, null if it has no paragraph in the row or does not quote it. */
    public record QuoteJson(int row, List<String> texts, List<Boolean> present) {
    }

    public record QuotesResult(List<Long> versions, List<QuoteJson> quotes) {
    }

    @GET
    @Path("quotes")
    public QuotesResult quotes(@PathParam("id") long story, @QueryParam("versions") String versions) {
        CompareService.StoryQuotes q = compare.quotes(story, AlignmentApi.parseIds(versions));
        List<QuoteJson> quotes = new ArrayList<>();
        for (QuotedStatement s : q.statements()) {
            quotes.add(new QuoteJson(s.row(), s.texts(), s.present()));
        }
        return new QuotesResult(q.alignment().versionIds(), quotes);
    }
}
