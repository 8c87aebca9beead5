package dev.parallax.compare;

import dev.parallax.align.AlignmentService;
import dev.parallax.align.StoryAlignment;
import dev.parallax.align.engine.Row;
import dev.parallax.compare.engine.CellDiff;
import dev.parallax.compare.engine.Quotes;
import dev.parallax.story.Version;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.List;

/**
 * The differences between a story's aligned versions and its base, and the story's quotations: both
 * read the alignment (which checks the versions asked for) and the cell diffs come from the cache.
 */
@ApplicationScoped
public class CompareService {

    @Inject
    AlignmentService alignments;
    @Inject
    DiffCache cache;

    public StoryDifferences differences(long storyId, List<Long> versionIds) {
        return differences(alignments.align(storyId, versionIds));
    }

    public StoryDifferences differences(StoryAlignment alignment) {
        List<StoryDifferences.RowDifferences> rows = new ArrayList<>();
        List<Version> versions = alignment.versions();
        for (int r = 0; r < alignment.rows().size(); r++) {
            Row row = alignment.rows().get(r);
            String base = cellText(alignment, row, 0);
            List<CellDiff> cells = new ArrayList<>();
            cells.add(null);
            double sum = 0;
            int compared = 0;
            for (int v = 1; v < versions.size(); v++) {
                String other = cellText(alignment, row, v);
                CellDiff diff = cache.compare(base, versions.get(0).language, other, versions.get(v).language);
                cells.add(diff);
                if (!base.isEmpty() || !other.isEmpty()) {
                    sum += diff.similarity();
                    compared++;
                }
            }
            rows.add(new StoryDifferences.RowDifferences(r, cells, compared == 0 ? 1.0 : Math.round(sum / compared * 1000) / 1000.0));
        }
        return new StoryDifferences(alignment, rows);
    }

    /** A cell's text: its paragraphs joined by a blank line ("" for an empty cell). */
    public static String cellText(StoryAlignment alignment, Row row, int version) {
        List<String> texts = alignment.texts().get(version);
        return String.join("\n\n", row.cells().get(version).stream().map(texts::get).toList());
    }

    /**
     * One quoted statement of a row as each version renders it: {@code texts.get(i)} is version i's
     * quotation, or null when version i has no paragraph in the row ({@code present.get(i)} false) or
     * does not quote the statement.
     */
    public record QuotedStatement(int row, List<String> texts, List<Boolean> present) {
    }

    public record StoryQuotes(StoryAlignment alignment, List<QuotedStatement> statements) {
    }

    public StoryQuotes quotes(long storyId, List<Long> versionIds) {
        return quotes(alignments.align(storyId, versionIds));
    }

    /**
     * Groups the quotations of each row into statements: a version's quote joins the first statement it
     * pairs with (by words in one language, in order across languages, as the quote rule pairs them),
     * or starts a new one.
     */
    public StoryQuotes quotes(StoryAlignment alignment) {
        List<Version> versions = alignment.versions();
        List<QuotedStatement> statements = new ArrayList<>();
        for (int r = 0; r < alignment.rows().size(); r++) {
            Row row = alignment.rows().get(r);
            List<Boolean> present = new ArrayList<>();
            List<List<String>> entries = new ArrayList<>(); // statement -> text per version
            List<String> firstLanguage = new ArrayList<>();
            for (int v = 0; v < versions.size(); v++) {
                present.add(!row.cells().get(v).isEmpty());
            }
            for (int v = 0; v < versions.size(); v++) {
                List<Quotes.Quote> quotes = Quotes.of(cellText(alignment, row, v));
                String language = versions.get(v).language;
                for (Quotes.Quote q : quotes) {
                    int target = -1;
                    for (int s = 0; s < entries.size() && target < 0; s++) {
                        if (entries.get(s).get(v) != null) {
                            continue;
                        }
                        String first = entries.get(s).stream().filter(t -> t != null).findFirst().orElseThrow();
                        boolean sameLanguage = primary(firstLanguage.get(s)).equals(primary(language));
                        if (!sameLanguage || Quotes.overlap(Quotes.words(first), Quotes.words(q.text())) >= Quotes.SAME_STATEMENT) {
                            target = s;
                        }
                    }
                    if (target < 0) {
                        List<String> texts = new ArrayList<>();
                        versions.forEach(x -> texts.add(null));
                        entries.add(texts);
                        firstLanguage.add(language);
                        target = entries.size() - 1;
                    }
                    entries.get(target).set(v, q.text());
                }
            }
            for (List<String> texts : entries) {
                statements.add(new QuotedStatement(r, texts, present));
            }
        }
        return new StoryQuotes(alignment, statements);
    }

    private static String primary(String tag) {
        int dash = tag.indexOf('-');
        return (dash < 0 ? tag : tag.substring(0, dash)).toLowerCase(java.util.Locale.ROOT);
    }
}
