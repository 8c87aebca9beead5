package dev.parallax.compare.web;

import dev.parallax.align.StoryAlignment;
import dev.parallax.compare.StoryDifferences;
import dev.parallax.compare.StoryDifferences.RowDifferences;
import dev.parallax.compare.engine.CellDiff;
import dev.parallax.compare.engine.Flag;
import dev.parallax.compare.engine.Op;

import dev.parallax.term.engine.CrossLinks;
import dev.parallax.term.engine.TermIndex;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
    private final TermIndex terms;
    private final Map<Integer, List<List<List<CrossLinks.Mark>>>> rowMarks = new java.util.HashMap<>();

    public DiffView(StoryDifferences differences, String filter, boolean plain, String versionsCsv) {
        this(differences, filter, plain, versionsCsv, TermIndex.EMPTY);
    }

    /** {@code terms}: the termbase, whose concepts (and the numbers) mark words across the languages of a row. */
    public DiffView(StoryDifferences differences, String filter, boolean plain, String versionsCsv, TermIndex terms) {
        this.terms = terms;
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
    public record CellView(CellDiff diff, boolean base, List<List<Segment>> paragraphs, boolean marked) {
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
        } else if (plain || terms.isEmpty()) {
            texts.forEach(t -> paragraphs.add(List.of(new Segment("equal", t))));
        } else {
            List<List<List<CrossLinks.Mark>>> marks = rowMarks.computeIfAbsent(row, this::marksOf);
            java.util.Set<String> elsewhere = new java.util.HashSet<>();
            String language = TermIndex.primary(a.versions().get(version).language);
            for (int v = 0; v < marks.size(); v++) {
                if (!TermIndex.primary(a.versions().get(v).language).equals(language)) {
                    marks.get(v).forEach(ps -> ps.forEach(m -> elsewhere.add(m.key())));
                }
            }
            boolean otherLanguages = false;
            for (int v = 0; v < marks.size(); v++) {
                otherLanguages |= !TermIndex.primary(a.versions().get(v).language).equals(language)
                        && !a.rows().get(row).cells().get(v).isEmpty();
            }
            for (int k = 0; k < texts.size(); k++) {
                String t = texts.get(k);
                List<Segment> segments = new ArrayList<>();
                int at = 0;
                for (CrossLinks.Mark m : marks.get(version).get(k)) {
                    if (m.start() > at) {
                        segments.add(new Segment("equal", t.substring(at, m.start())));
                    }
                    segments.add(new Segment("equal", t.substring(m.start(), m.end()), m.key(), otherLanguages && !elsewhere.contains(m.key())));
                    at = m.end();
                }
                if (at < t.length()) {
                    segments.add(new Segment("equal", t.substring(at)));
                }
                paragraphs.add(segments);
            }
        }
        return new CellView(diff, version == 0, paragraphs, marked);
    }

    /** The cross-language marks of each paragraph of each cell of a row. */
    private List<List<List<CrossLinks.Mark>>> marksOf(int row) {
        StoryAlignment a = differences.alignment();
        List<List<List<CrossLinks.Mark>>> out = new ArrayList<>();
        for (int v = 0; v < a.versions().size(); v++) {
            String language = a.versions().get(v).language;
            List<List<CrossLinks.Mark>> cell = new ArrayList<>();
            for (int p : a.rows().get(row).cells().get(v)) {
                cell.add(CrossLinks.marks(terms, a.texts().get(v).get(p), language));
            }
            out.add(cell);
        }
        return out;
    }

    /** One mark per row, darker where the versions diverge more; a mark of a row filtered out opens it unfiltered. */
    public List<Mark> marks() {
        List<Mark> marks = new ArrayList<>();
        for (RowDifferences r : differences.rows()) {
            boolean shown = shown(r.number());
            String href = (shown ? "" : pageUrl + (plain ? "&view=plain" : "")) + "#row-" + r.number();
            List<String> types = r.flagTypes().stream().map(Flag.Type::key).toList();
            String label = "Row " + (r.number() + 1) + ": " + r.percent() + "% similar"
                    + (types.isEmpty() ? ", no flags" : ", flags: " + String.join(", ", types));
            marks.add(new Mark(r.number(), href, r.divergence(), label, shown));
        }
        return marks;
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
