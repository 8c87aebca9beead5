package dev.parallax.align.engine.score;

import dev.parallax.text.ConsonantSkeleton;
import dev.parallax.text.CrossLanguageNumbers;
import dev.parallax.text.ScriptFolding;
import dev.parallax.text.Token;
import dev.parallax.text.Tokenizer;
import dev.parallax.text.Transliteration;
import dev.parallax.text.WorldNames;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns the units of two versions into comparable key sets. Which keys a token yields depends on the
 * {@link PairMode}: the word itself for the same language; names, numbers, cognate prefixes and
 * shared loanwords between languages of one script; consonant skeletons of names across scripts; and,
 * in the second pass, the ids of word pairs from the {@link LearntLexicon}.
 *
 * <p>Between different languages a key that occurs on one side only can never match, so it is dropped:
 * otherwise long untranslatable words would dilute every similarity alike and only add noise.
 */
public final class FeatureExtractor {

    /** Words of this length or more yield a cognate-prefix key between related Latin-script languages. */
    private static final int COGNATE_MIN = 5;
    private static final int COGNATE_PREFIX = 4;

    private final PairMode mode;
    private final KeyInterner interner = new KeyInterner();

    private final String languageA;
    private final String languageB;

    public FeatureExtractor(PairMode mode) {
        this(mode, null, null);
    }

    /** The languages (may be null) choose the sentence splitter's abbreviations and the names of {@link WorldNames}. */
    public FeatureExtractor(PairMode mode, String languageA, String languageB) {
        this(mode, languageA, languageB, LearntLexicon.EMPTY);
    }

    /** @param corpus word pairs learnt over many texts of these two languages, A as source (may be empty) */
    public FeatureExtractor(PairMode mode, String languageA, String languageB, LearntLexicon corpus) {
        this(mode, languageA, languageB, corpus, Anchors.NONE);
    }

    /** @param anchors concepts named in a text (a termbase), shared across languages; {@link Anchors#NONE} for none */
    public FeatureExtractor(PairMode mode, String languageA, String languageB, LearntLexicon corpus, Anchors anchors) {
        this.mode = mode;
        this.anchors = mode == PairMode.SAME_LANGUAGE || anchors == null ? Anchors.NONE : anchors;
        this.languageA = languageA;
        this.languageB = languageB;
        this.corpus = mode == PairMode.SAME_LANGUAGE ? LearntLexicon.EMPTY : corpus;
        this.namesA = WorldNames.of(languageA);
        this.namesB = WorldNames.of(languageB);
    }

    private final WorldNames namesA;
    private final WorldNames namesB;

    private final LearntLexicon corpus;
    private final Anchors anchors;

    public PairMode mode() {
        return mode;
    }

    /** Tokens of every unit of one side; tokenising once lets both passes reuse them. */
    public static List<List<Token>> tokenize(List<String> units) {
        List<List<Token>> out = new ArrayList<>(units.size());
        for (String u : units) {
            out.add(Tokenizer.tokenize(u));
        }
        return out;
    }

    /** Features of both sides; {@code lexicon} may be {@link LearntLexicon#EMPTY}. */
    public List<List<UnitFeatures>> extract(List<String> textsA, List<List<Token>> tokensA,
                                            List<String> textsB, List<List<Token>> tokensB,
                                            LearntLexicon lexicon) {
        // the keys that do not depend on the lexicon are computed once per pair of texts, as int ids
        if (tokensA != cachedTokensA || tokensB != cachedTokensB) {
            cachedTokensA = tokensA;
            cachedTokensB = tokensB;
            wordsA = tokensA.stream().map(FeatureExtractor::lexiconWords).toList();
            wordsB = tokensB.stream().map(FeatureExtractor::lexiconWords).toList();
            baseA = baseKeys(textsA, tokensA, wordsA, true);
            baseB = baseKeys(textsB, tokensB, wordsB, false);
            sentencesA = sentenceCounts(textsA, languageA);
            sentencesB = sentenceCounts(textsB, languageB);
        }
        int[][] keysA = withLexicon(baseA, wordsA, lexicon, true);
        int[][] keysB = withLexicon(baseB, wordsB, lexicon, false);
        if (mode != PairMode.SAME_LANGUAGE) {
            int size = interner.size();
            boolean[] inA = present(keysA, size);
            boolean[] inB = present(keysB, size);
            retain(keysA, inB);
            retain(keysB, inA);
        }
        List<UnitFeatures> fa = toFeatures(textsA, keysA, wordsA, sentencesA);
        List<UnitFeatures> fb = toFeatures(textsB, keysB, wordsB, sentencesB);
        weights = rarityWeights(fa, fb, interner.size());
        return List.of(fa, fb);
    }

    private List<List<Token>> cachedTokensA;
    private List<List<Token>> cachedTokensB;
    private int[][] baseA;
    private int[][] baseB;
    private List<List<String>> wordsA;
    private List<List<String>> wordsB;
    private int[] sentencesA;
    private int[] sentencesB;

    private static int[] sentenceCounts(List<String> texts, String language) {
        int[] out = new int[texts.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = dev.parallax.text.SentenceSplitter.split(texts.get(i), language).size();
        }
        return out;
    }

    /** Keys that do not depend on the pair's own learnt lexicon: words, names, numbers, corpus word pairs. */
    private int[][] baseKeys(List<String> texts, List<List<Token>> tokens, List<List<String>> words, boolean sideA) {
        int[][] out = new int[tokens.size()][];
        for (int u = 0; u < tokens.size(); u++) {
            Set<String> keys = keys(tokens.get(u), LearntLexicon.EMPTY, sideA);
            if (!corpus.isEmpty()) {
                for (String w : words.get(u)) {
                    Integer pair = corpus.pairOf(w, sideA);
                    if (pair != null) {
                        keys.add("g:" + pair);
                    }
                }
            }
            if (mode != PairMode.SAME_LANGUAGE) {
                for (String concept : (sideA ? namesA : namesB).concepts(tokens.get(u))) {
                    keys.add("c:" + concept);
                }
                // numbers and dates written differently: "three" / "ثلاثة" / "سه", "بهمن ۱۳۹۷" / "February 2019"
                for (Token t : tokens.get(u)) {
                    String digits = CrossLanguageNumbers.numberWord(t);
                    if (digits != null) {
                        keys.add(digits.equals("%") ? "x:%" : "n:" + digits); // "percent" / "بالمئة" / "درصد" meet "%"
                    }
                }
                for (String key : CrossLanguageNumbers.dateKeys(tokens.get(u))) {
                    keys.add(key.startsWith("m:") ? "c:" + key : key);
                }
                // the termbase's concepts: "Supreme Leader" / "القائد" / "رهبر انقلاب", "ceasefire" / "وقف إطلاق النار"
                if (!anchors.isEmpty()) {
                    for (long concept : anchors.conceptsIn(texts.get(u), sideA ? languageA : languageB)) {
                        keys.add("t:" + concept);
                    }
                }
            }
            int[] ids = new int[keys.size()];
            int n = 0;
            for (String k : keys) {
                ids[n++] = interner.id(k);
            }
            out[u] = ids;
        }
        return out;
    }

    /** Base keys plus the learnt word pairs of the unit's words, sorted and distinct (fresh arrays). */
    private int[][] withLexicon(int[][] base, List<List<String>> words, LearntLexicon lexicon, boolean sideA) {
        int[][] out = new int[base.length][];
        int[] pairIds = new int[lexicon.size()];
        Arrays.fill(pairIds, -1);
        for (int u = 0; u < base.length; u++) {
            int[] keys = Arrays.copyOf(base[u], base[u].length + (lexicon.isEmpty() ? 0 : words.get(u).size()));
            int n = base[u].length;
            if (!lexicon.isEmpty()) {
                for (String w : words.get(u)) {
                    Integer pair = lexicon.pairOf(w, sideA);
                    if (pair != null) {
                        if (pairIds[pair] < 0) {
                            pairIds[pair] = interner.id("l:" + pair);
                        }
                        keys[n++] = pairIds[pair];
                    }
                }
            }
            out[u] = distinctSorted(keys, n);
        }
        return out;
    }

    private static int[] distinctSorted(int[] keys, int n) {
        Arrays.sort(keys, 0, n);
        int d = 0;
        for (int i = 0; i < n; i++) {
            if (d == 0 || keys[i] != keys[d - 1]) {
                keys[d++] = keys[i];
            }
        }
        return d == keys.length ? keys : Arrays.copyOf(keys, d);
    }

    private static boolean[] present(int[][] keys, int size) {
        boolean[] in = new boolean[size];
        for (int[] ks : keys) {
            for (int k : ks) {
                in[k] = true;
            }
        }
        return in;
    }

    /** Between different languages a key found on one side only can never match: drop it. */
    private static void retain(int[][] keys, boolean[] other) {
        for (int u = 0; u < keys.length; u++) {
            int[] ks = keys[u];
            int d = 0;
            for (int k : ks) {
                if (other[k]) {
                    ks[d++] = k;
                }
            }
            if (d != ks.length) {
                keys[u] = Arrays.copyOf(ks, d);
            }
        }
    }

    private double[] weights = new double[0];

    /** The weight of each key id of the last {@link #extract}: see {@link #rarityWeights}. */
    public double[] weights() {
        return weights;
    }

    /**
     * Inverse document frequency over the units of both versions: a name found in one paragraph tells
     * where that paragraph goes, "Syria" found in all of them tells nothing.
     */
    static double[] rarityWeights(List<UnitFeatures> a, List<UnitFeatures> b, int keys) {
        int[] df = new int[keys];
        for (UnitFeatures u : a) {
            for (int k : u.keys()) df[k]++;
        }
        for (UnitFeatures u : b) {
            for (int k : u.keys()) df[k]++;
        }
        int n = a.size() + b.size();
        double[] w = new double[keys];
        for (int k = 0; k < keys; k++) {
            w[k] = df[k] == 0 ? 0 : Math.log(1 + (double) n / df[k]);
        }
        return w;
    }

    private static List<UnitFeatures> toFeatures(List<String> texts, int[][] keys, List<List<String>> words,
                                                 int[] sentences) {
        List<UnitFeatures> out = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            out.add(new UnitFeatures(keys[i], lengthOf(texts.get(i)), words.get(i), sentences[i]));
        }
        return out;
    }

    /** Characters that are not spaces: what the Gale–Church model counts. */
    static int lengthOf(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && c != '\u200C') {
                n++;
            }
        }
        return n;
    }

    /** The word forms the lexicon learns from: crudely stemmed so inflected forms pool their counts. */
    public static List<String> lexiconWords(List<Token> tokens) {
        Set<String> words = new LinkedHashSet<>();
        for (Token t : tokens) {
            if (t.kind() == Token.Kind.WORD && t.folded().length() >= 2) {
                words.add(lexiconForm(t));
            }
        }
        return new ArrayList<>(words);
    }

    static String lexiconForm(Token t) {
        String f = t.folded();
        if (t.isArabicScript()) {
            return f;
        }
        return f.length() > 6 ? f.substring(0, 6) : f;
    }

    private Set<String> keys(List<Token> tokens, LearntLexicon lexicon, boolean sideA) {
        Set<String> keys = new HashSet<>();
        for (Token t : tokens) {
            switch (t.kind()) {
                case NUMBER -> keys.add("n:" + t.folded());
                case PUNCT -> keys.add("x:" + t.folded());
                case WORD -> wordKeys(t, keys);
            }
            if (t.kind() == Token.Kind.WORD && !lexicon.isEmpty()) {
                Integer pair = lexicon.pairOf(lexiconForm(t), sideA);
                if (pair != null) {
                    keys.add("l:" + pair);
                }
            }
        }
        return keys;
    }

    private void wordKeys(Token t, Set<String> keys) {
        String f = t.folded();
        if (f.isEmpty()) {
            return;
        }
        boolean arabic = t.isArabicScript();
        switch (mode) {
            case SAME_LANGUAGE -> keys.add("w:" + f);
            case SAME_SCRIPT -> {
                if (arabic) {
                    if (f.length() >= 2) {
                        keys.add("w:" + f);
                    }
                    for (String part : t.surface().split("\u200C")) {
                        String pf = Tokenizer.stripArabicClitics(ScriptFolding.fold(part));
                        if (pf.length() >= 3) {
                            keys.add("w:" + pf);
                        }
                    }
                    // no consonant skeleton here: within one script the word and its parts match as they are,
                    // and skeletons of common words collide (ar–fa link F1 on NTREX seeds 7/11/99: +0.004 without)
                } else {
                    if (f.length() >= 4 || t.capitalised()) {
                        keys.add("w:" + f);
                    }
                    if (f.length() >= COGNATE_MIN) {
                        keys.add("p:" + f.substring(0, COGNATE_PREFIX));
                    }
                }
            }
            case CROSS_SCRIPT -> {
                if (arabic) {
                    skeletonKey(ICU_NAMES ? Transliteration.skeletonOfArabicScript(f) : ConsonantSkeleton.ofArabicScript(f), keys);
                } else if (t.capitalised() && f.length() >= 3) {
                    skeletonKey(ConsonantSkeleton.ofLatin(f), keys);
                }
            }
        }
    }

    /**
     * Arabic-script names read through ICU4J's transliteration ({@link Transliteration}) rather than the
     * hand-written consonant table of {@link ConsonantSkeleton}; {@code -Dparallax.align.transliteration=table}
     * selects the table, for the benchmark's A/B only.
     */
    static final boolean ICU_NAMES = !"table".equals(System.getProperty("parallax.align.transliteration"));

    private static void skeletonKey(String skeleton, Set<String> keys) {
        if (skeleton.length() >= 2) {
            keys.add("s:" + ConsonantSkeleton.prefixKey(skeleton));
        }
    }

    /** For callers that need per-unit word lists without features (lexicon learning). */
    public static Map<String, Integer> vocabulary(List<List<String>> words) {
        Map<String, Integer> v = new HashMap<>();
        for (List<String> ws : words) {
            for (String w : ws) {
                v.putIfAbsent(w, v.size());
            }
        }
        return v;
    }
}
