package dev.parallax.align.engine;

import dev.parallax.align.engine.score.AlignerSettings;
import dev.parallax.text.SentenceSplitter;
import dev.parallax.align.engine.score.CorpusLexicon;
import dev.parallax.align.engine.score.FeatureExtractor;
import dev.parallax.align.engine.score.LearntLexicon;
import dev.parallax.text.Tokenizer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Learns a {@link CorpusLexicon} from many texts, as hunalign does in batch mode: every pair of versions in
 * different languages is aligned sentence by sentence without a lexicon (lengths, numbers, names), the
 * confident one-to-one sentence links are pooled per language pair, and the word pairs that keep occurring
 * in the same links are taken best-first (Dice coefficient, competitive linking). Nothing is downloaded and
 * nothing is given but the texts: the more stories the workbench holds, the more words it knows.
 */
public final class LexiconLearner {

    /**
     * A word pair must co-occur in this many sentence links (2, with competitive linking, keeps most
     * true pairs of a small corpus: NTREX seed 7, two folds; 3 and 5 scored no better).
     */
    static final int MIN_COUNT = 2;
    /** ... and reach this Dice coefficient. */
    static final double MIN_DICE = 0.3;
    /** Links counted per language pair, at most (evenly sampled beyond): bounds time and memory. */
    static final int MAX_LINKS = 50_000;

    private final AlignerSettings settings;

    public LexiconLearner() {
        this(AlignerSettings.defaults());
    }

    /** @param settings paragraph settings; the sentence alignment derives from them as the aligner's sentence pass does */
    public LexiconLearner(AlignerSettings settings) {
        this.settings = settings;
    }

    /** @param documents each the versions of one text (a story), in any languages */
    public CorpusLexicon learn(List<List<TextVersion>> documents) {
        Map<String, Pool> pools = new HashMap<>();
        for (List<TextVersion> versions : documents) {
            for (int x = 0; x < versions.size(); x++) {
                for (int y = x + 1; y < versions.size(); y++) {
                    TextVersion a = versions.get(x), b = versions.get(y);
                    String key = CorpusLexicon.key(a.language(), b.language());
                    if (key == null) {
                        continue;
                    }
                    if (!CorpusLexicon.isSource(a.language(), b.language())) {
                        TextVersion t = a;
                        a = b;
                        b = t;
                    }
                    pools.computeIfAbsent(key, k -> new Pool()).add(a, b, settings);
                }
            }
        }
        Map<String, LearntLexicon> out = new HashMap<>();
        pools.forEach((k, pool) -> out.put(k, LearntLexicon.learn(pool.wordsA, pool.wordsB, pool.links,
                MIN_COUNT, MIN_DICE, MAX_LINKS)));
        return new CorpusLexicon(out);
    }

    /** The sentences of one language pair and their confident links, pooled over all documents. */
    private static final class Pool {
        final List<List<String>> wordsA = new ArrayList<>();
        final List<List<String>> wordsB = new ArrayList<>();
        final List<int[]> links = new ArrayList<>();

        void add(TextVersion a, TextVersion b, AlignerSettings settings) {
            List<String> sa = sentences(a), sb = sentences(b);
            if (sa.isEmpty() || sb.isEmpty()) {
                return;
            }
            PairAlignment pa = new PairwiseAligner(PairwiseAligner.sentencePassSettings(settings))
                    .align("a", a.language(), sa, "b", b.language(), sb, List.of());
            int offA = wordsA.size(), offB = wordsB.size();
            for (String s : sa) {
                wordsA.add(FeatureExtractor.lexiconWords(Tokenizer.tokenize(s)));
            }
            for (String s : sb) {
                wordsB.add(FeatureExtractor.lexiconWords(Tokenizer.tokenize(s)));
            }
            for (Bead bead : pa.beads()) {
                if (bead.a().size() == 1 && bead.b().size() == 1 && !bead.moved() && bead.score() >= 0.5) {
                    links.add(new int[] {offA + bead.a().get(0), offB + bead.b().get(0)});
                }
            }
        }

        private static List<String> sentences(TextVersion v) {
            List<String> out = new ArrayList<>();
            for (String p : v.paragraphs()) {
                if (!p.isBlank()) {
                    out.addAll(SentenceSplitter.split(p, v.language()));
                }
            }
            return out;
        }
    }
}
