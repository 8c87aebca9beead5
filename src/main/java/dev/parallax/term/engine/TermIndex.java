package dev.parallax.term.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds the termbase's terms in a text: every concept whose term (in the text's language) occurs, where
 * (UTF-16 offsets), and which form was used. Matching is on folded words (see {@link TermFolding}), the
 * longest term first, and an Arabic-script word may carry a clitic (و، ف، ب، ل، ك، ال). Immutable: build
 * one from the whole termbase and share it.
 */
public final class TermIndex {

    /** One term of the index. */
    public record Entry(long conceptId, Domain domain, String language, String text, TermStatus status, String outlet,
                        String[] words) {
    }

    /** A term found in a text: {@code [start, end)} of the text, the concept and the term that matched. */
    public record Hit(int start, int end, Entry term) {
        public long conceptId() {
            return term.conceptId();
        }
    }

    private final Map<String, Map<String, List<Entry>>> byLanguageAndFirstWord = new HashMap<>();
    private final Map<Long, List<Entry>> byConcept = new LinkedHashMap<>();
    private final int size;
    private final long fingerprint;

    public TermIndex(Collection<Entry> entries) {
        int n = 0;
        long h = 1125899906842597L;
        for (Entry e : entries) {
            if (e.words().length == 0) {
                continue;
            }
            h = 31 * h + e.conceptId();
            h = 31 * h + primary(e.language()).hashCode();
            for (String w : e.words()) {
                h = 31 * h + w.hashCode();
            }
            byLanguageAndFirstWord.computeIfAbsent(primary(e.language()), k -> new HashMap<>())
                    .computeIfAbsent(e.words()[0], k -> new ArrayList<>()).add(e);
            byConcept.computeIfAbsent(e.conceptId(), k -> new ArrayList<>()).add(e);
            n++;
        }
        for (Map<String, List<Entry>> m : byLanguageAndFirstWord.values()) {
            m.values().forEach(l -> l.sort((a, b) -> b.words().length - a.words().length));
        }
        size = n;
        fingerprint = 31 * h + n;
    }

    /**
     * A hash of what the index matches (concept, language and folded words of every term, in order): equal for
     * two indexes built from an unchanged termbase, so a periodic rebuild need not count as a change.
     */
    public long fingerprint() {
        return fingerprint;
    }

    public static final TermIndex EMPTY = new TermIndex(List.of());

    /** An entry for a term, its words folded. */
    public static Entry entry(long conceptId, Domain domain, String language, String text, TermStatus status, String outlet) {
        List<TermFolding.Token> tokens = TermFolding.tokens(text);
        String[] words = new String[tokens.size()];
        for (int i = 0; i < words.length; i++) {
            words[i] = tokens.get(i).folded();
        }
        return new Entry(conceptId, domain, language, text, status, outlet, words);
    }

    /** "en" for "en-GB": terms match texts of the same language whatever the region. */
    public static String primary(String tag) {
        if (tag == null) {
            return "";
        }
        int dash = tag.indexOf('-');
        return (dash < 0 ? tag : tag.substring(0, dash)).toLowerCase(Locale.ROOT);
    }

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    /** The terms of a concept, in termbase order. */
    public List<Entry> terms(long conceptId) {
        return byConcept.getOrDefault(conceptId, List.of());
    }

    /** The concept's preferred term in a language (the first one), else its first admitted one, else null. */
    public Entry preferred(long conceptId, String language) {
        String lang = primary(language);
        Entry admitted = null;
        for (Entry e : terms(conceptId)) {
            if (primary(e.language()).equals(lang)) {
                if (e.status() == TermStatus.PREFERRED) {
                    return e;
                }
                if (e.status() == TermStatus.ADMITTED && admitted == null) {
                    admitted = e;
                }
            }
        }
        return admitted;
    }

    /** The terms of {@code language} that occur in {@code text}, left to right, none overlapping. */
    public List<Hit> find(String text, String language) {
        Map<String, List<Entry>> index = byLanguageAndFirstWord.get(primary(language));
        if (index == null || text == null || text.isEmpty()) {
            return List.of();
        }
        List<TermFolding.Token> tokens = TermFolding.tokens(text);
        List<Hit> hits = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Hit best = null;
            int bestWords = 0;
            for (String first : TermFolding.withoutClitics(tokens.get(i).folded())) {
                List<Entry> candidates = index.get(first);
                if (candidates == null) {
                    continue;
                }
                for (Entry e : candidates) {
                    int len = e.words().length;
                    if (len <= bestWords || i + len > tokens.size()) {
                        continue;
                    }
                    boolean all = true;
                    for (int k = 1; k < len && all; k++) {
                        all = tokens.get(i + k).folded().equals(e.words()[k]);
                    }
                    if (all) {
                        best = new Hit(tokens.get(i).start(), tokens.get(i + len - 1).end(), e);
                        bestWords = len;
                    }
                }
            }
            if (best != null) {
                hits.add(best);
                i += bestWords;
            } else {
                i++;
            }
        }
        return hits;
    }

    /** Whether {@code word} (one word as written) is, folded, a word of some term of the language. */
    public boolean isTermWord(String word, String language) {
        Map<String, List<Entry>> index = byLanguageAndFirstWord.get(primary(language));
        if (index == null) {
            return false;
        }
        String folded = TermFolding.fold(word);
        for (String form : TermFolding.withoutClitics(folded)) {
            if (index.containsKey(form)) {
                return true;
            }
        }
        return wordsOf(language).contains(folded);
    }

    private final Map<String, java.util.Set<String>> wordsByLanguage = new java.util.concurrent.ConcurrentHashMap<>();

    private java.util.Set<String> wordsOf(String language) {
        return wordsByLanguage.computeIfAbsent(primary(language), lang -> {
            java.util.Set<String> words = new java.util.HashSet<>();
            Map<String, List<Entry>> index = byLanguageAndFirstWord.get(lang);
            if (index != null) {
                index.values().forEach(l -> l.forEach(e -> words.addAll(List.of(e.words()))));
            }
            return words;
        });
    }
}
