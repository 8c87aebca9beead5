package dev.parallax.compare.web;

import dev.parallax.align.StoryAlignment;
import dev.parallax.compare.StoryDifferences;
import dev.parallax.compare.StoryDifferences.RowDifferences;
import dev.parallax.compare.engine.CellDiff;
import dev.parallax.compare.engine.Flag;
import dev.parallax.compare.engine.Op;

import dev.parallax.compare.engine.WordLinks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The differences as the aligned page shows them: per cell, each paragraph as (op, text) segments that
 * Qute escapes (never raw HTML), the cell's flags and similarity; the divergence overview; the counts
 * per flag type with their filter links. {@code filter} keeps only rows with that flag type;
 * {@code plain} shows texts without marks.
 */
public final class DiffView {

    private final StoryDifferences differences;
    private final Flag.Type filter;
    private final boolean plain;
    private final String pageUrl;
    private final WordLinks links;
    private final Map<Integer, List<List<WordLinks.Mark>>> rowMarks = new java.util.HashMap<>();

    public DiffView(StoryDifferences differences, String filter, boolean plain, String versionsCsv) {
        this(differences, filter, plain, versionsCsv, null);
    }

    /** {@code links}: what marks words across the languages of a row (terms, numbers, names, learnt words), or null. */
    public DiffView(StoryDifferences differences, String filter, boolean plain, String versionsCsv, WordLinks links) {
        this.links = links;
        this.differences = differences;
        this.filter = filter == null ? null : Flag.Type.ofKey(filter);
        this.plain = plain;
        this.pageUrl = "/stories/" + differences.alignment().storyId() + "/aligned?versions=" + versionsCsv;
    }

    /**
     * A piece of a paragraph: {@code kind} is equal, insert or delete. {@code key} (or null) names what it
     * stands for across the row's languages (a concept, a number); {@code alone}: no other language of the
     * row has it.
     */
    public record Segment(String kind, String text, String key, boolean alone) {
        public Segment(String kind, String text) {
            this(kind, text, null, false);
        }

        public boolean inserted() {
            return kind.equals("insert");
        }

        public boolean deleted() {
            return kind.equals("delete");
        }
    }

    /** One cell's differences from the base cell of its row. */
    public record CellView(CellDiff diff, boolean base, List<List<Segment>> paragraphs, boolean marked, List<String> notFound) {
        public CellView(CellDiff diff, boolean base, List<List<Segment>> paragraphs, boolean marked) {
            this(diff, base, paragraphs, marked, List.of());
        }

        /**
         * Paragraph k's content words with no counterpart in the row's other languages, as "start-end start-end"
         * (UTF-16 offsets into the paragraph's text; "" for none): the page's script underlines them, which keeps
         * the HTML small.
         */
        public String nf(int k) {
            return k < notFound.size() ? notFound.get(k) : "";
        }

        public List<Flag> flags() {
            return diff == null ? List.of() : diff.flags();
        }

        /** Changed wording in the same language: the cell gets the light tint. */
        public boolean changed() {
            return marked && diff.changed();
        }

        public int percent() {
            return diff == null ? 100 : (int) Math.round(diff.similarity() * 100);
        }

        /** Whether the paragraphs are shown as segments: diff marks, or words linked across languages. */
        public boolean segmented() {
            return marked || paragraphs.stream().anyMatch(p -> p.stream().anyMatch(x -> x.key() != null));
        }

        public List<Segment> paragraph(int k) {
            return paragraphs.get(k);
        }
    }

    public record Mark(int number, String href, int level, String label, boolean shown) {
    }

    public record Count(String key, int rows, String href, boolean active) {
        /** "an attribution flag", "a number flag". */
        public String phrase() {
            return withArticle(key) + " flag";
        }
    }

    /** The key with its English indefinite article: "an attribution", "a number". */
    public static String withArticle(String key) {
        return ("aeiou".indexOf(Character.toLowerCase(key.isEmpty() ? 'x' : key.charAt(0))) >= 0 ? "an " : "a ") + key;
    }

    /** The active filter as a phrase ("an attribution flag"), or "" without one. */
    public String filterPhrase() {
        return filter == null ? "" : withArticle(filter.key()) + " flag";
    }

    public Flag.Type filter() {
        return filter;
    }

    public String filterKey() {
        return filter == null ? "" : filter.key();
    }

    public boolean plain() {
        return plain;
    }

    public RowDifferences row(int number) {
        return differences.row(number);
    }

    public boolean shown(int row) {
        return filter == null || differences.row(row).has(filter);
    }

    public int shownRows() {
        return (int) differences.rows().stream().filter(r -> shown(r.number())).count();
    }

    public CellView cell(int row, int version) {
        CellDiff diff = differences.row(row).cell(version);
        StoryAlignment a = differences.alignment();
        List<String> texts = a.rows().get(row).cells().get(version).stream().map(a.texts().get(version)::get).toList();
        boolean baseEmpty = a.rows().get(row).cells().get(0).isEmpty();
        // marks only where a word diff means something: the same language, and the base has text
        boolean marked = diff != null && !plain && diff.sameLanguage() && !baseEmpty && !texts.isEmpty();
        List<List<Segment>> paragraphs = new ArrayList<>();
        if (marked) {
            for (List<Op> ops : StoryDifferences.byParagraph(diff.ops(), texts)) {
                paragraphs.add(ops.stream().map(o -> new Segment(o.op().json(), o.text())).toList());
            }
        } else if (plain || links == null || !otherLanguages(row, version)) {
            // no other language in the row: nothing to link (same-language cells show their diff)
            texts.forEach(t -> paragraphs.add(List.of(new Segment("equal", t))));
        } else {
            List<List<WordLinks.Mark>> marks = rowMarks.computeIfAbsent(row, this::marksOf);
            java.util.Set<String> elsewhere = new java.util.HashSet<>();
            String language = WordLinks.primary(a.versions().get(version).language);
            for (int v = 0; v < marks.size(); v++) {
                if (!WordLinks.primary(a.versions().get(v).language).equals(language)) {
                    marks.get(v).forEach(m -> elsewhere.add(m.key()));
                }
            }
            String cellText = String.join("\n\n", texts);
            List<int[]> unlinked = WordLinks.unlinked(cellText, language, marks.get(version));
            List<String> notFound = new ArrayList<>();
            int from = 0;
            int m = 0;
            int u = 0;
            List<WordLinks.Mark> cellMarks = marks.get(version);
            for (String t : texts) {
                int to = from + t.length();
                List<Segment> segments = new ArrayList<>();
                int at = 0;
                for (; m < cellMarks.size() && cellMarks.get(m).start() < to; m++) {
                    WordLinks.Mark mark = cellMarks.get(m);
                    int s = mark.start() - from;
                    int e = Math.min(mark.end(), to) - from;
                    if (s > at) {
                        segments.add(new Segment("equal", t.substring(at, s)));
                    }
                    segments.add(new Segment("equal", t.substring(s, e), mark.key(), !elsewhere.contains(mark.key())));
                    at = e;
                }
                if (at < t.length()) {
                    segments.add(new Segment("equal", t.substring(at)));
                }
                paragraphs.add(segments);
                StringBuilder nf = new StringBuilder();
                for (; u < unlinked.size() && unlinked.get(u)[0] < to; u++) {
                    nf.append(nf.length() == 0 ? "" : " ").append(unlinked.get(u)[0] - from).append('-').append(unlinked.get(u)[1] - from);
                }
                notFound.add(nf.toString());
                from = to + 2;
            }
            return new CellView(diff, version == 0, paragraphs, marked, notFound);
        }
        return new CellView(diff, version == 0, paragraphs, marked);
    }

    /** Whether some other cell of the row, not empty, is in another language than version {@code version}'s. */
    private boolean otherLanguages(int row, int version) {
        StoryAlignment a = differences.alignment();
        String language = WordLinks.primary(a.versions().get(version).language);
        for (int v = 0; v < a.versions().size(); v++) {
            if (!WordLinks.primary(a.versions().get(v).language).equals(language) && !a.rows().get(row).cells().get(v).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** The cross-language marks of each cell of a row, over the cell's text (its paragraphs joined by a blank line). */
    private List<List<WordLinks.Mark>> marksOf(int row) {
        StoryAlignment a = differences.alignment();
        List<WordLinks.Cell> cells = new ArrayList<>();
        for (int v = 0; v < a.versions().size(); v++) {
            int version = v;
            String text = String.join("\n\n", a.rows().get(row).cells().get(v).stream().map(p -> a.texts().get(version).get(p)).toList());
            cells.add(new WordLinks.Cell(text, a.versions().get(v).language));
        }
        return links.marks(cells);
    }

    /**
     * The most marks the overview draws. Past that a mark stands for a run of neighbouring rows: on a strip the width
     * of the page 2,000 one-row marks would each be a fraction of a pixel (and 160 KB of links on a long story's
     * first screen, issue 18), while 100 runs still cover the whole story and still lead to its differences.
     */
    static final int MAX_MARKS = 100;

    /**
     * The divergence overview: one mark per row, or per run of rows on a story of more than {@link #MAX_MARKS} rows,
     * darker where the versions diverge more. A run takes the shade and the flags of its most divergent row and leads
     * to that row (among those the filter shows, if any); a mark of rows all filtered out opens the page unfiltered.
     */
    public List<Mark> marks() {
        List<RowDifferences> rows = differences.rows();
        int per = rowsPerMark();
        List<Mark> marks = new ArrayList<>();
        for (int from = 0; from < rows.size(); from += per) {
            List<RowDifferences> run = rows.subList(from, Math.min(rows.size(), from + per));
            List<RowDifferences> candidates = run.stream().filter(r -> shown(r.number())).toList();
            boolean shown = !candidates.isEmpty();
            RowDifferences target = (shown ? candidates : run).stream()
                    .max(Comparator.comparingInt(RowDifferences::divergence)
                            .thenComparing(r -> -r.number())).orElseThrow();
            String href = (shown ? "" : pageUrl + (plain ? "&view=plain" : "")) + "#row-" + target.number();
            marks.add(new Mark(target.number(), href, target.divergence(), label(run), shown));
        }
        return marks;
    }

    /** How many rows one mark of the overview stands for: 1 up to {@link #MAX_MARKS} rows. */
    public int rowsPerMark() {
        return Math.max(1, (differences.rows().size() + MAX_MARKS - 1) / MAX_MARKS);
    }

    /** "Row 2: 97% similar, flags: name", or for a run "Rows 4–6: 90–100% similar, flags: name, number". */
    private static String label(List<RowDifferences> run) {
        RowDifferences first = run.get(0);
        RowDifferences last = run.get(run.size() - 1);
        int low = run.stream().mapToInt(RowDifferences::percent).min().orElse(100);
        int high = run.stream().mapToInt(RowDifferences::percent).max().orElse(100);
        Set<String> types = new LinkedHashSet<>();
        run.forEach(r -> r.flagTypes().forEach(t -> types.add(t.key())));
        return (run.size() == 1 ? "Row " + (first.number() + 1) : "Rows " + (first.number() + 1) + "–" + (last.number() + 1)) + ": "
                + (low == high ? low + "" : low + "–" + high) + "% similar"
                + (types.isEmpty() ? ", no flags" : ", flags: " + String.join(", ", types));
    }

    public List<Count> counts() {
        List<Count> counts = new ArrayList<>();
        for (Map.Entry<Flag.Type, Integer> e : differences.rowsPerFlag().entrySet()) {
            counts.add(new Count(e.getKey().key(), e.getValue(), pageUrl + "&flag=" + e.getKey().key() + (plain ? "&view=plain" : ""),
                    e.getKey() == filter));
        }
        return counts;
    }

    /** The page with every row, keeping the view. */
    public String allRowsHref() {
        return pageUrl + (plain ? "&view=plain" : "");
    }

    /** The page the other way (plain text / differences), keeping the filter. */
    public String toggleHref() {
        return pageUrl + (filter == null ? "" : "&flag=" + filter.key()) + (plain ? "" : "&view=plain");
    }
}
