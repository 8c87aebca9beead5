package dev.parallax.align.engine.score;

import java.util.Locale;
import java.util.Map;

/**
 * Word pairs learnt from many texts in the same two languages (see
 * {@link dev.parallax.align.engine.LexiconLearner}), one {@link LearntLexicon} per language pair. Where
 * the lexicon a single pair of texts yields is thin (a news story holds a few dozen sentences), a lexicon
 * learnt over all the stories of a workbench knows the words every story shares: "said" / قال / گفت,
 * "president" / رئيس / رئیس, "police" / الشرطة / پلیس. Immutable.
 */
public final class CorpusLexicon {

    public static final CorpusLexicon EMPTY = new CorpusLexicon(Map.of());

    /** "a|b" (primary language subtags, a before b alphabetically) → the lexicon with a as source. */
    private final Map<String, LearntLexicon> byPair;

    public CorpusLexicon(Map<String, LearntLexicon> byPair) {
        this.byPair = Map.copyOf(byPair);
    }

    /** The key of a language pair, or null when either language is unknown or both are the same. */
    public static String key(String langA, String langB) {
        String a = primary(langA), b = primary(langB);
        if (a.isEmpty() || b.isEmpty() || a.equals(b)) {
            return null;
        }
        return a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
    }

    /** Whether {@code langA} is the source side of {@link #key}'s lexicon. */
    public static boolean isSource(String langA, String langB) {
        return primary(langA).compareTo(primary(langB)) < 0;
    }

    private static String primary(String lang) {
        return lang == null ? "" : Locale.forLanguageTag(lang).getLanguage();
    }

    /** The lexicon with {@code langA} as its source side (empty if none was learnt). */
    public LearntLexicon forPair(String langA, String langB) {
        String k = key(langA, langB);
        LearntLexicon l = k == null ? null : byPair.get(k);
        if (l == null) {
            return LearntLexicon.EMPTY;
        }
        return isSource(langA, langB) ? l : l.reversed();
    }

    /** Word pairs per language pair, for diagnostics and the benchmark. */
    public Map<String, Integer> sizes() {
        return byPair.entrySet().stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> e.getValue().size()));
    }
}
