package dev.parallax.memory;

import dev.parallax.align.AlignmentService;
import dev.parallax.align.StoryAlignment;
import dev.parallax.align.engine.Row;
import dev.parallax.common.ApiException;
import dev.parallax.exchange.imports.ImportedAlignment;
import dev.parallax.exchange.imports.TmxReader;
import dev.parallax.memory.engine.MemoryIndex;
import dev.parallax.memory.engine.TextIndex;
import dev.parallax.story.Story;
import dev.parallax.story.Version;
import dev.parallax.story.VersionKind;
import dev.parallax.text.LanguageTags;
import dev.parallax.text.MalformedTextException;
import dev.parallax.user.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Translation memory look-ups, search, concordance and the named memories: checks the input (one wording
 * for the API and the pages), asks the indexes, and places each hit in its story's aligned rows.
 */
@ApplicationScoped
public class MemoryService {

    public static final int MAX_QUERY = 5000;
    public static final int MAX_SEARCH_QUERY = 500;
    static final int MAX_TMX = 10 * 1024 * 1024;

    /** A search or concordance hit placed in its story: the aligned row that holds it and the row's other cells. */
    public record PlacedHit(TranslationMemory.ParagraphRef ref, String text, String snippet, boolean phrase, int row, String rowLink,
                            List<Counterpart> counterparts, List<int[]> spans) {
    }

    public record Counterpart(long version, String outlet, String language, String text) {
        public String direction() {
            return LanguageTags.direction(language);
        }
    }

    public record SearchResult(int total, List<PlacedHit> hits) {
    }

    @Inject
    TranslationMemory tm;
    @Inject
    AlignmentService alignments;
    @Inject
    CurrentUser currentUser;
    @Inject
    dev.parallax.grammar.AlignedSourceParagraphs sources;
    @Inject
    dev.parallax.edit.EditService edits;

    /** A paragraph to pre-fill: an empty target paragraph, its revision and its source text. */
    private record Empty(int index, int revision, String source) {
    }

    /**
     * Fills every empty paragraph of a translation whose source has an exact (100 %) match of an approved segment
     * with that match, as a draft to review; each fill is a save with its revision. Returns the paragraphs filled.
     */
    public List<Integer> prefill(long versionId) {
        String[] languages = new String[2];
        List<Empty> empty = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> {
            Version v = Version.findById(versionId);
            if (v == null || v.deletedAt != null) {
                throw ApiException.notFound("Version", versionId);
            }
            Version source = v.liveTranslationOf();
            if (source == null) {
                throw ApiException.badRequest("Not a translation", "Version " + versionId + " translates no version: nothing to pre-fill from.");
            }
            languages[0] = source.language;
            languages[1] = v.language;
            List<Empty> out = new ArrayList<>();
            for (var pair : sources.pairsFor(v)) {
                var p = v.paragraphs.get(pair.targetIndex());
                if (p.text.isBlank() && !pair.sourceText().isBlank()) {
                    out.add(new Empty(pair.targetIndex(), p.revision, pair.sourceText()));
                }
            }
            return out;
        });
        List<Integer> filled = new ArrayList<>();
        for (Empty e : empty) {
            List<MemoryIndex.Match> best = tm.memory().lookup(languages[0], languages[1], e.source(), 1.0, 1);
            if (!best.isEmpty() && "approved".equals(best.get(0).segment().status())) {
                try {
                    edits.save(versionId, e.index(), best.get(0).target(), "draft", e.revision());
                    filled.add(e.index());
                } catch (ApiException conflict) {
                    // someone wrote this paragraph meanwhile: theirs stays
                }
            }
        }
        return filled;
    }

    public List<MemoryIndex.Match> matches(String source, String target, String text, Double min, Integer limit) {
        String src = language(source, "source");
        String tgt = language(target, "target");
        String query = query(text, "text", MAX_QUERY);
        double threshold = min == null ? 0.7 : min;
        if (threshold < 0 || threshold > 1 || Double.isNaN(threshold)) {
            throw ApiException.badRequest("Invalid min", "min is a share from 0 to 1 (0.7 means 70 %), not " + min + ".");
        }
        int n = limit == null ? 5 : limit;
        if (n < 1 || n > 50) {
            throw ApiException.badRequest("Invalid limit", "limit is 1 to 50, not " + n + ".");
        }
        return tm.memory().lookup(src, tgt, query, threshold, n);
    }

    public SearchResult search(String q, String language, String outlet, Long story, String from, String to, Integer limit) {
        String query = query(q, "q", MAX_SEARCH_QUERY);
        String lang = language == null || language.isBlank() ? null : MemoryIndex.primary(language(language, "language"));
        String outletPart = outlet == null || outlet.isBlank() ? null : outlet.strip().toLowerCase(Locale.ROOT);
        LocalDate fromDate = date(from, "from");
        LocalDate toDate = date(to, "to");
        int n = limit == null ? 20 : limit;
        if (n < 1 || n > 200) {
            throw ApiException.badRequest("Invalid limit", "limit is 1 to 200, not " + n + ".");
        }
        Predicate<TextIndex.Doc> filter = doc -> {
            TranslationMemory.ParagraphRef r = (TranslationMemory.ParagraphRef) doc.ref();
            return (lang == null || MemoryIndex.primary(r.language()).equals(lang))
                    && (outletPart == null || r.outlet().toLowerCase(Locale.ROOT).contains(outletPart))
                    && (story == null || r.story() == story)
                    && (fromDate == null || (r.date() != null && !r.date().isBefore(fromDate)))
                    && (toDate == null || (r.date() != null && !r.date().isAfter(toDate)));
        };
        List<TextIndex.Hit> hits = tm.text().find(query, false, filter);
        return new SearchResult(hits.size(), place(hits.subList(0, Math.min(n, hits.size())), false));
    }

    public List<PlacedHit> concordance(String q, String language, Integer limit) {
        String query = query(q, "q", MAX_SEARCH_QUERY);
        String lang = language == null || language.isBlank() ? null : MemoryIndex.primary(language(language, "language"));
        int n = limit == null ? 50 : limit;
        if (n < 1 || n > 200) {
            throw ApiException.badRequest("Invalid limit", "limit is 1 to 200, not " + n + ".");
        }
        List<TextIndex.Hit> hits = tm.text().find(query, true,
                doc -> lang == null || MemoryIndex.primary(doc.language()).equals(lang));
        return place(hits.subList(0, Math.min(n, hits.size())), true);
    }

    private List<PlacedHit> place(List<TextIndex.Hit> hits, boolean counterparts) {
        Map<Long, StoryAlignment> aligned = new HashMap<>();
        List<PlacedHit> out = new ArrayList<>();
        for (TextIndex.Hit hit : hits) {
            TranslationMemory.ParagraphRef ref = (TranslationMemory.ParagraphRef) hit.doc().ref();
            StoryAlignment alignment = aligned.computeIfAbsent(ref.story(), this::alignWhole);
            int row = -1;
            List<Counterpart> others = new ArrayList<>();
            String csv = "";
            if (alignment != null) {
                csv = alignment.versionIds().stream().map(String::valueOf).collect(Collectors.joining(","));
                int column = alignment.versionIds().indexOf(ref.version());
                for (int r = 0; column >= 0 && r < alignment.rows().size(); r++) {
                    Row candidate = alignment.rows().get(r);
                    if (candidate.cells().get(column).contains(ref.index())) {
                        row = r;
                        if (counterparts) {
                            for (int c = 0; c < alignment.versions().size(); c++) {
                                if (c == column || candidate.cells().get(c).isEmpty()) {
                                    continue;
                                }
                                Version v = alignment.versions().get(c);
                                int col = c;
                                String joined = candidate.cells().get(c).stream().map(i -> alignment.texts().get(col).get(i))
                                        .collect(Collectors.joining("\n\n"));
                                others.add(new Counterpart(v.id, v.outlet, v.language, joined));
                            }
                        }
                        break;
                    }
                }
            }
            String link = row < 0 ? "/stories/" + ref.story() + "/aligned"
                    : "/stories/" + ref.story() + "/aligned?versions=" + csv + "&from=" + row + "#row-" + row;
            out.add(new PlacedHit(ref, hit.doc().text(), hit.snippet(160), hit.phrase(), row, link, others, hit.spans()));
        }
        return out;
    }

    /** The story's alignment over all its versions, the first original as base (as the aligned page shows it). */
    private StoryAlignment alignWhole(long storyId) {
        Story story = Story.findById(storyId);
        if (story == null || story.versions.size() < 2) {
            return null;
        }
        List<Long> ids = new ArrayList<>();
        story.versions.stream().filter(v -> v.kind == VersionKind.ORIGINAL).findFirst().ifPresent(v -> ids.add(v.id));
        for (Version v : story.versions) {
            if (!ids.contains(v.id) && !v.paragraphs.isEmpty()) {
                ids.add(v.id);
            }
        }
        if (ids.size() < 2) {
            return null;
        }
        try {
            return alignments.align(storyId, ids);
        } catch (ApiException e) {
            return null; // an empty version, say: the hit links to the story's aligned page without a row
        }
    }

    // ---- named memories ----

    public List<NamedMemory> memories() {
        return NamedMemory.list("order by name");
    }

    /** Imports a TMX file as a named memory: every language pair of every unit, both ways; all or nothing. */
    @Transactional
    public NamedMemory importTmx(String name, byte[] tmx) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > 200) {
            throw ApiException.badRequest("Invalid name", "A memory needs a name of 1 to 200 characters (?name=…).");
        }
        if (tmx == null || tmx.length == 0) {
            throw ApiException.badRequest("Empty TMX", "The body is empty: send the TMX file as the request body.");
        }
        if (tmx.length > MAX_TMX) {
            throw ApiException.tooLarge("The TMX file is over 10 MB.");
        }
        if (NamedMemory.count("lower(name) = ?1", n.toLowerCase(Locale.ROOT)) > 0) {
            throw ApiException.conflict("Memory exists", "A memory named '" + n + "' exists; delete it first or choose another name.");
        }
        ImportedAlignment read = new TmxReader().read(tmx, n + ".tmx");
        List<ImportedAlignment.Version> versions = read.versions();
        NamedMemory memory = new NamedMemory();
        memory.name = n;
        memory.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        memory.createdBy = currentUser.name();
        memory.persist();
        int count = 0;
        for (var row : read.rows()) {
            for (int i = 0; i < versions.size(); i++) {
                for (int j = 0; j < versions.size(); j++) {
                    String li = versions.get(i).language();
                    String lj = versions.get(j).language();
                    if (i == j || li == null || lj == null || MemoryIndex.primary(li).equals(MemoryIndex.primary(lj))) {
                        continue;
                    }
                    String s = text(row.get(i));
                    String t = text(row.get(j));
                    if (s.isBlank() || t.isBlank()) {
                        continue;
                    }
                    MemorySegment segment = new MemorySegment();
                    segment.memoryId = memory.id;
                    segment.sourceLanguage = li;
                    segment.targetLanguage = lj;
                    segment.sourceText = s;
                    segment.targetText = t;
                    segment.persist();
                    count++;
                }
            }
        }
        if (count == 0) {
            throw ApiException.badRequest("Invalid TMX", "No unit of the TMX file holds text in two languages.");
        }
        memory.segments = count;
        return memory;
    }

    private static String text(List<ImportedAlignment.Paragraph> cell) {
        return cell == null ? "" : cell.stream().map(ImportedAlignment.Paragraph::text).collect(Collectors.joining(" ")).strip();
    }

    @Transactional
    public NamedMemory setEnabled(long id, boolean enabled) {
        NamedMemory m = memory(id);
        m.enabled = enabled;
        return m;
    }

    @Transactional
    public void delete(long id) {
        NamedMemory m = memory(id);
        MemorySegment.delete("memoryId", m.id);
        m.delete();
    }

    public NamedMemory memory(long id) {
        NamedMemory m = NamedMemory.findById(id);
        if (m == null) {
            throw ApiException.notFound("Memory", id);
        }
        return m;
    }

    // ---- input ----

    static String language(String tag, String field) {
        if (tag == null || tag.isBlank()) {
            throw ApiException.badRequest("Invalid language", field + " needs a language tag (BCP 47, e.g. en, ar, fa).");
        }
        try {
            return LanguageTags.canonical(tag);
        } catch (MalformedTextException e) {
            throw ApiException.badRequest(e.error(), e.detail());
        }
    }

    static String query(String text, String field, int max) {
        if (text == null || text.isBlank()) {
            throw ApiException.badRequest("Empty query", field + " is empty: give the words to look for.");
        }
        if (text.length() > max) {
            throw ApiException.badRequest("Query too long", field + " has " + text.length() + " characters; at most " + max + ".");
        }
        if (dev.parallax.memory.engine.Words.of(text).isEmpty()) {
            throw ApiException.badRequest("Empty query", field + " holds no word or number to look for.");
        }
        return text;
    }

    private static LocalDate date(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("Invalid date", field + " is a date as YYYY-MM-DD, not '" + value + "'.");
        }
    }
}
