package dev.parallax.align.engine;

import dev.parallax.align.engine.score.AlignerSettings;
import dev.parallax.align.engine.score.Anchors;
import dev.parallax.text.SentenceSplitter;
import dev.parallax.align.engine.score.CorpusLexicon;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Aligns k ≥ 2 versions of a text, in the same or in different languages. Thread-safe and stateless:
 * one instance can serve every request.
 *
 * <ul>
 *   <li>{@link #align} — n-way rows against the base version (the first), keeping fixed rows;</li>
 *   <li>{@link #alignPair} — the beads between two versions;</li>
 *   <li>{@link #alignSentences} — sentences inside one row;</li>
 *   <li>{@link #realign} — after an edit, recompute only the rows near the edited paragraphs.</li>
 * </ul>
 * Invalid input (fewer than two versions, an empty version, a fixed row with an index out of range or a
 * paragraph in two fixed rows) throws {@link IllegalArgumentException} with a message meant for the user.
 */
public final class Aligner {

    private final AlignerSettings settings;
    private final AlignerSettings sentenceSettings;

    public Aligner() {
        this(AlignerSettings.defaults(), AlignerSettings.sentences());
    }

    /** @param settings for paragraphs; sentences inside rows use {@link AlignerSettings#sentences()} */
    public Aligner(AlignerSettings settings) {
        this(settings, AlignerSettings.sentences());
    }

    public Aligner(AlignerSettings settings, AlignerSettings sentenceSettings) {
        this(settings, sentenceSettings, CorpusLexicon.EMPTY, Anchors.NONE);
    }

    private Aligner(AlignerSettings settings, AlignerSettings sentenceSettings, CorpusLexicon lexicon, Anchors anchors) {
        this.settings = settings;
        this.sentenceSettings = sentenceSettings;
        this.lexicon = lexicon;
        this.anchors = anchors;
    }

    private final CorpusLexicon lexicon;
    private final Anchors anchors;

    /** The same aligner, also matching the word pairs of {@code lexicon} (see {@link LexiconLearner}). */
    public Aligner withLexicon(CorpusLexicon lexicon) {
        return new Aligner(settings, sentenceSettings, lexicon, anchors);
    }

    /**
     * The same aligner, also matching the concepts {@code anchors} finds (a termbase's terms) across
     * languages: evidence from the first story on, where a learnt word list needs many.
     */
    public Aligner withAnchors(Anchors anchors) {
        return new Aligner(settings, sentenceSettings, lexicon, anchors == null ? Anchors.NONE : anchors);
    }

    public Anchors anchors() {
        return anchors;
    }

    public CorpusLexicon lexicon() {
        return lexicon;
    }

    public AlignerSettings settings() {
        return settings;
    }

    public Alignment align(List<TextVersion> versions) {
        return align(versions, List.of());
    }

    /** @param versions versions.get(0) is the base, whose order the rows follow */
    public Alignment align(List<TextVersion> versions, List<FixedRow> fixed) {
        validate(versions, fixed);
        return alignWithAnchors(versions, fixed, List.of(), settings);
    }

    /**
     * Re-aligns after paragraphs were edited in place (their text changed, their number did not): rows
     * of {@code previous} that hold no changed paragraph and lie more than
     * {@link AlignerSettings#realignWindow()} rows away from one are kept as they are, and the DP runs
     * only in the gaps between them. Fixed rows are kept as always.
     *
     * <p>Only for edits that keep every version's paragraph count. When a paragraph was added, deleted,
     * split or merged, {@code previous} refers to other paragraphs: this method may then throw
     * {@link IllegalArgumentException} (or keep rows that no longer fit), and the caller should call
     * {@link #align(List, List)} from scratch instead.
     *
     * @param changed changed.get(i) = indices of the edited paragraphs of versions.get(i)
     * @throws IllegalArgumentException when {@code previous} is of other versions or refers to paragraphs
     *                                  that no longer exist (paragraph counts differ)
     */
    public Alignment realign(Alignment previous, List<TextVersion> versions, List<FixedRow> fixed,
                             List<Set<Integer>> changed) {
        validate(versions, fixed);
        if (changed.size() != versions.size()) {
            throw new IllegalArgumentException("changed paragraphs must be given for each of the "
                    + versions.size() + " versions");
        }
        if (!previous.versionIds().equals(versions.stream().map(TextVersion::id).toList())) {
            throw new IllegalArgumentException("the previous alignment is of other versions: " + previous.versionIds());
        }
        List<Row> rows = previous.rows();
        boolean[] touched = new boolean[rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            for (int v = 0; v < versions.size(); v++) {
                for (int p : rows.get(r).cells().get(v)) {
                    if (p >= versions.get(v).size()) {
                        throw new IllegalArgumentException("the previous alignment refers to paragraph " + p
                                + " of '" + versions.get(v).id() + "', which no longer exists; align anew");
                    }
                    if (changed.get(v).contains(p)) {
                        touched[r] = true;
                    }
                }
            }
        }
        Set<Integer> fixedParagraphs = new HashSet<>();
        for (FixedRow f : fixed) {
            for (int v = 0; v < f.cells().size(); v++) {
                for (int p : f.cell(v)) {
                    fixedParagraphs.add(v * 1_000_003 + p);
                }
            }
        }
        int window = settings.realignWindow();
        List<FixedRow> anchors = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            boolean near = false;
            for (int d = -window; d <= window && !near; d++) {
                near = r + d >= 0 && r + d < rows.size() && touched[r + d];
            }
            if (near || rows.get(r).fixed() || overlaps(rows.get(r), fixedParagraphs)) {
                continue;
            }
            anchors.add(new FixedRow(rows.get(r).cells()));
        }
        return alignWithAnchors(versions, fixed, anchors, settings);
    }

    private static boolean overlaps(Row row, Set<Integer> fixedParagraphs) {
        for (int v = 0; v < row.cells().size(); v++) {
            for (int p : row.cells().get(v)) {
                if (fixedParagraphs.contains(v * 1_000_003 + p)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Anchors are kept like fixed rows but not reported as fixed. */
    private Alignment alignWithAnchors(List<TextVersion> versions, List<FixedRow> fixed, List<FixedRow> anchors,
                                       AlignerSettings settings) {
        TextVersion base = versions.get(0);
        RowBuilder rows = new RowBuilder(versions);
        for (FixedRow f : fixed) {
            rows.addFixed(f);
        }
        for (int v = 1; v < versions.size(); v++) {
            TextVersion other = versions.get(v);
            PairAlignment pair = new PairwiseAligner(settings, lexicon, this.anchors).align(base.id(), base.language(), base.paragraphs(),
                    other.id(), other.language(), other.paragraphs(), beadsOf(fixed, v), beadsOf(anchors, v));
            for (Bead bead : pair.beads()) {
                rows.addBead(v, bead);
            }
        }
        // anchors that span several versions are joined even where no pair saw them together
        for (FixedRow a : anchors) {
            rows.addFixedWithoutFlag(a);
        }
        return new Alignment(versions.stream().map(TextVersion::id).toList(), rows.rows());
    }

    /**
     * The projection of rows onto the base and version v. A row with cells in other versions only gives
     * nothing; a row with a cell in just one of the two gives a 1-0 (or 0-1) bead, which takes that
     * paragraph out of the pair's DP: that is how an "alone" row (an editor unlinked a paragraph from
     * everything) keeps its paragraph from sharing a row with any other version's.
     */
    private static List<Bead> beadsOf(List<FixedRow> rows, int v) {
        List<Bead> out = new ArrayList<>();
        for (FixedRow f : rows) {
            if (f.free(0) || f.free(v)) {
                continue; // the row says nothing about this pair: the row builder joins what it does say
            }
            List<Integer> a = f.cell(0), b = f.cell(v);
            if (!a.isEmpty() || !b.isEmpty()) {
                out.add(new Bead(a, b, 1.0, false));
            }
        }
        return out;
    }

    public PairAlignment alignPair(TextVersion a, TextVersion b) {
        return alignPair(a, b, List.of());
    }

    /**
     * @param forced beads that must appear as they are (confirmed or hand-made links)
     *               <p>A text posted one sentence per paragraph and its translation (both versions one sentence
     *               per paragraph, and of about the same length) are aligned with the sentence settings: their
     *               paragraphs are sentences, and the paragraph settings, made for paragraphs of 1–4 sentences
     *               and for reports that quote only part of another, do worse on them (Text+Berg strict F1 0.78
     *               against 0.868). A report quoting another keeps the paragraph settings even when most of its
     *               paragraphs are single sentences, as news paragraphs often are: its length differs.
     */
    public PairAlignment alignPair(TextVersion a, TextVersion b, List<Bead> forced) {
        AlignerSettings s = sentencePerParagraphTranslation(a, b) ? sentenceSettings : settings;
        return new PairwiseAligner(s, lexicon, anchors).align(a.id(), a.language(), a.paragraphs(), b.id(), b.language(),
                b.paragraphs(), forced);
    }

    /** Paragraphs a version needs before it can count as one sentence per paragraph. */
    static final int MIN_SENTENCE_PARAGRAPHS = 8;
    /**
     * Share of its non-blank paragraphs that must be one sentence each: not all, since {@link SentenceSplitter}
     * splits some real sentences in two (at colons, abbreviations; up to 10 % of Text+Berg's lines).
     */
    static final double SENTENCE_PARAGRAPH_SHARE = 0.85;
    /** Length agreement (shorter / longer, in English characters) from which two versions read as translations. */
    static final double TRANSLATION_LENGTH_AGREEMENT = 0.8;

    /** Both versions one sentence per paragraph, and their lengths those of a text and its translation. */
    static boolean sentencePerParagraphTranslation(TextVersion a, TextVersion b) {
        if (!oneSentencePerParagraph(a) || !oneSentencePerParagraph(b)) {
            return false;
        }
        double la = englishChars(a), lb = englishChars(b);
        return Math.min(la, lb) >= TRANSLATION_LENGTH_AGREEMENT * Math.max(la, lb);
    }

    private static double englishChars(TextVersion v) {
        long chars = 0;
        for (String p : v.paragraphs()) {
            chars += p.length();
        }
        return chars / dev.parallax.align.engine.score.LengthModel.charsPerEnglishChar(v.language());
    }

    /**
     * Whether a version reads as one sentence per paragraph: at least {@link #MIN_SENTENCE_PARAGRAPHS}
     * non-blank paragraphs, {@link #SENTENCE_PARAGRAPH_SHARE} of them a single sentence. A news report's
     * paragraphs hold one to four sentences; a few one-sentence ones (a heading, a quote) do not qualify it.
     */
    public static boolean oneSentencePerParagraph(TextVersion v) {
        int paragraphs = 0, single = 0;
        for (String p : v.paragraphs()) {
            if (p.isBlank()) {
                continue;
            }
            paragraphs++;
            if (SentenceSplitter.split(p, v.language()).size() <= 1) {
                single++;
            }
        }
        return paragraphs >= MIN_SENTENCE_PARAGRAPHS && single >= SENTENCE_PARAGRAPH_SHARE * paragraphs;
    }

    /**
     * Aligns the sentences of one row. {@code rowTexts.get(i)} holds version i's paragraphs in that row
     * (possibly none: give an empty list of paragraphs via {@link #emptyCell}); the first is the base.
     */
    public SentenceAlignment alignSentences(List<TextVersion> rowTexts) {
        List<List<String>> sentences = new ArrayList<>();
        List<TextVersion> asVersions = new ArrayList<>();
        for (TextVersion t : rowTexts) {
            List<String> s = new ArrayList<>();
            for (String p : t.paragraphs()) {
                if (!p.isBlank()) {
                    s.addAll(SentenceSplitter.split(p, t.language()));
                }
            }
            sentences.add(s);
        }
        int withText = (int) sentences.stream().filter(s -> !s.isEmpty()).count();
        if (withText < 2 || sentences.get(0).isEmpty()) {
            // nothing to align against: each sentence gets its own row
            List<Row> rows = new ArrayList<>();
            for (int v = 0; v < sentences.size(); v++) {
                for (int s = 0; s < sentences.get(v).size(); s++) {
                    List<List<Integer>> cells = new ArrayList<>();
                    List<Boolean> moved = new ArrayList<>();
                    for (int k = 0; k < sentences.size(); k++) {
                        cells.add(k == v ? List.of(s) : List.of());
                        moved.add(false);
                    }
                    rows.add(new Row(cells, 1.0, moved, false));
                }
            }
            return new SentenceAlignment(sentences, rows);
        }
        List<Integer> present = new ArrayList<>();
        for (int v = 0; v < rowTexts.size(); v++) {
            if (!sentences.get(v).isEmpty()) {
                present.add(v);
                asVersions.add(new TextVersion(rowTexts.get(v).id(), rowTexts.get(v).language(), sentences.get(v)));
            }
        }
        Alignment inner = alignWithAnchors(asVersions, List.of(), List.of(), sentenceSettings);
        List<Row> rows = new ArrayList<>();
        for (Row r : inner.rows()) {
            List<List<Integer>> cells = new ArrayList<>();
            List<Boolean> moved = new ArrayList<>();
            for (int v = 0; v < rowTexts.size(); v++) {
                int k = present.indexOf(v);
                cells.add(k < 0 ? List.of() : r.cells().get(k));
                moved.add(k >= 0 && r.moved().get(k));
            }
            rows.add(new Row(cells, r.score(), moved, false));
        }
        return new SentenceAlignment(sentences, rows);
    }

    /** A row cell without paragraphs, for {@link #alignSentences}. */
    public static TextVersion emptyCell(String id, String language) {
        return new TextVersion(id, language, List.of(""));
    }

    static void validate(List<TextVersion> versions, List<FixedRow> fixed) {
        if (versions == null || versions.size() < 2) {
            throw new IllegalArgumentException("alignment needs at least two versions");
        }
        Set<String> ids = new HashSet<>();
        for (TextVersion v : versions) {
            if (!ids.add(v.id())) {
                throw new IllegalArgumentException("version id '" + v.id() + "' is given twice");
            }
        }
        Set<Long> seen = new HashSet<>();
        for (int r = 0; r < fixed.size(); r++) {
            FixedRow f = fixed.get(r);
            if (f.cells().size() != versions.size()) {
                throw new IllegalArgumentException("fixed row " + r + " has " + f.cells().size()
                        + " cells but there are " + versions.size() + " versions");
            }
            boolean any = false;
            for (int v = 0; v < versions.size(); v++) {
                for (int p : f.cell(v)) {
                    any = true;
                    if (p < 0 || p >= versions.get(v).size()) {
                        throw new IllegalArgumentException("fixed row " + r + " refers to paragraph " + p + " of '"
                                + versions.get(v).id() + "', which has " + versions.get(v).size() + " paragraphs");
                    }
                    if (!seen.add(((long) v << 32) | p)) {
                        throw new IllegalArgumentException("paragraph " + p + " of '" + versions.get(v).id()
                                + "' is in two fixed rows");
                    }
                }
            }
            if (!any) {
                throw new IllegalArgumentException("fixed row " + r + " is empty");
            }
        }
    }
}
