package dev.parallax.align.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.parallax.align.AlignmentService;
import dev.parallax.align.StoryAlignment;
import dev.parallax.align.engine.Row;

import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;

/** The JSON shapes of the alignment API. */
public final class AlignmentJson {

    private AlignmentJson() {
    }

    /**
     * {@code cells.get(i)} lists the paragraph indices of {@code versions.get(i)} in the row;
     * {@code cellConfirmed.get(i)} says an editor confirmed the links of that cell's paragraphs with the row
     * ({@code confirmed}: every link of the row is).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RowJson(List<List<Integer>> cells, double score, List<Boolean> moved, boolean confirmed,
                          List<Boolean> cellConfirmed, boolean fixed, List<SentenceRowJson> sentences) {
    }

    /** {@code cells.get(i)} holds the sentences of version i in this sentence row. */
    public record SentenceRowJson(List<List<String>> cells, double score) {
    }

    public record Result(List<Long> versions, List<RowJson> rows) {
        public static Result of(StoryAlignment a, AlignmentService service, boolean withSentences) {
            List<RowJson> rows = new ArrayList<>();
            for (int r = 0; r < a.rows().size(); r++) {
                Row row = a.rows().get(r);
                List<SentenceRowJson> sentences = null;
                if (withSentences) {
                    sentences = service.sentences(a, r).stream()
                            .map(s -> new SentenceRowJson(s.cells(), round(s.score()))).toList();
                }
                rows.add(new RowJson(row.cells(), round(row.score()), row.moved(), a.confirmed().get(r), a.cellConfirmed().get(r),
                        row.fixed(), sentences));
            }
            return new Result(a.versionIds(), rows);
        }
    }

    /** A row as the client saw it: its number and, optionally, its cells (409 if they changed since). */
    public record RowRequest(List<Long> versions,
                             @NotNull(message = "name the row by its number (0 is the first)") Integer row,
                             List<List<Integer>> cells, List<Integer> at) {
    }

    public record ParagraphJson(Long version, Integer index) {
    }

    public record LinkRequest(List<Long> versions,
                              @NotNull(message = "list the paragraphs to link, each as its version and index") List<ParagraphJson> paragraphs) {
    }

    public record UnlinkRequest(List<Long> versions,
                                @NotNull(message = "name the paragraph to unlink by its version and index") ParagraphJson paragraph) {
    }

    static double round(double score) {
        return Math.round(score * 1000) / 1000.0;
    }
}
