package dev.parallax.compare.engine;

import dev.parallax.text.ConsonantSkeleton;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the name rule and the similarity know about names: which tokens are names or titles, which
 * words link the parts of a name, and when two spellings are one name (the aligner's consonant
 * skeletons, so Assad / اسد / الأسد, Khamenei / خامنه‌ای, Raisi / رئیسی, Seyyed / Sayyed match).
 */
public final class Names {

    private Names() {
    }

    /** Titles that belong to a name even uncapitalised or opening a sentence. */
    static final Set<String> TITLES = Set.of("president", "leader", "ayatollah", "seyyed", "sayyed", "sayed", "sayyid", "sheikh",
            "shaykh", "king", "prince", "minister", "imam", "emir", "general", "commander", "hojatoleslam");

    /** Words that join the parts of one name: "Leader of the Islamic Revolution", "bin Salman". */
    static final Set<String> LINKS = Set.of("of", "the", "bin", "ibn", "bint", "abu", "von", "van", "de", "der");

    /** Latin spellings of the Arabic article, always part of the name that follows: "al-Assad". */
    static final Set<String> ARTICLES = Set.of("al", "el", "ad", "as", "ar", "an", "at", "ash", "az", "-", "\u2010", "\u2011");

    /**
     * Capitalised words that are translated rather than transliterated (titles, demonyms, institutions,
     * calendar words): across scripts they have no consonant-skeleton twin, so they are not names there.
     */
    static final Set<String> TRANSLATED = Set.of("president", "supreme", "leader", "ayatollah", "minister", "prime", "foreign", "king", "prince",
            "general", "commander", "chief", "secretary", "state", "national", "security", "council", "revolution", "revolutionary",
            "islamic", "republic", "guard", "guards", "corps", "force", "forces", "elite", "army", "ministry", "agency", "news",
            "official", "united", "nations", "arab", "arabic", "syrian", "iranian", "israeli", "american", "palestinian", "russian",
            "turkish", "iraqi", "lebanese", "saudi", "persian", "zionist", "western", "eastern", "middle", "east", "west", "north",
            "south", "day", "world", "international", "parliament", "assembly", "house", "office", "report", "observer", "the",
            "sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "january", "february", "march", "april",
            "may", "june", "july", "august", "september", "october", "november", "december");

    /** The consonant skeleton of a word token, from whichever script it is written in. */
    public static String skeleton(DiffToken t) {
        String key = t.key().replace("\u200C", "");
        if (t.isArabicScript()) {
            return ConsonantSkeleton.ofArabicScript(key);
        }
        if (key.endsWith("'s") || key.endsWith("\u2019s")) {
            key = key.substring(0, key.length() - 2);
        }
        return ConsonantSkeleton.ofLatin(key);
    }

    /**
     * How a word begins: with a vowel (Latin a e i o u; Arabic alef, ʿayn, hamza), with h (h, ه, ح) or with a
     * consonant. Skeletons drop vowels and h, so short ones collide (Hassan / سانا, Rouhani / ایران); the
     * onset tells those apart and still joins Assad / أسد, Ali / علي, Ebrahim / إبراهيم.
     */
    public static char onset(DiffToken t) {
        return onset(t.key());
    }

    /** The onset of a folded word (see {@link #onset(DiffToken)}). */
    public static char onset(String key) {
        if (key.isEmpty()) {
            return 'C';
        }
        char c = key.charAt(0);
        if ("aeiouاعءئؤآأإ".indexOf(c) >= 0) {
            return 'V';
        }
        return c == 'h' || c == 'ه' || c == 'ح' ? 'H' : 'C';
    }

    /** Two words name the same person or place: same onset and the same skeleton (see {@link #sameName(String, String)}). */
    public static boolean sameName(DiffToken a, DiffToken b) {
        return onset(a) == onset(b) && sameName(skeleton(a), skeleton(b));
    }

    /** Two skeletons name the same person or place (Damascus "tmsks" / دمشق "tmsk" by their first four classes). */
    public static boolean sameName(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        if (a.equals(b)) {
            return true;
        }
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        if (shorter.length() >= 4) {
            return ConsonantSkeleton.prefixKey(a).equals(ConsonantSkeleton.prefixKey(b));
        }
        return shorter.length() >= 3 && longer.startsWith(shorter);
    }

    /**
     * Words capitalised in the middle of a sentence in either cell: a capitalised word opening a sentence
     * is taken for a name when it is capitalised elsewhere too ("Khamenei said …").
     */
    static Set<String> capitalisedMidSentence(List<DiffToken> a, List<DiffToken> b) {
        Set<String> keys = new HashSet<>();
        for (List<DiffToken> ts : List.of(a, b)) {
            for (DiffToken t : ts) {
                if (t.isWord() && t.capitalised() && !t.sentenceInitial()) {
                    keys.add(t.key());
                }
            }
        }
        return keys;
    }

    /** Whether token k is (part of) a name or a title. */
    static boolean isName(List<DiffToken> ts, int k, Set<String> midSentence) {
        if (k < 0 || k >= ts.size()) {
            return false;
        }
        DiffToken t = ts.get(k);
        if (!t.isWord() || t.isArabicScript()) {
            return false;
        }
        if (TITLES.contains(t.key())) {
            return true;
        }
        if (!t.capitalised()) {
            return false;
        }
        if (!t.sentenceInitial()) {
            return true;
        }
        return midSentence.contains(t.key()) || (k + 1 < ts.size() && ts.get(k + 1).isWord() && ts.get(k + 1).capitalised());
    }

    static boolean isArticle(List<DiffToken> ts, int k) {
        return k >= 0 && k < ts.size() && ARTICLES.contains(ts.get(k).key());
    }

    static boolean isLink(List<DiffToken> ts, int k) {
        return k >= 0 && k < ts.size() && LINKS.contains(ts.get(k).key());
    }

    /** Widens [from, to) to the whole name or title phrase around it; returns {from, to}. */
    static int[] phrase(List<DiffToken> ts, int from, int to, Set<String> mid) {
        int f = from;
        while (f > 0) {
            int p = f - 1;
            if (isName(ts, p, mid) || (isArticle(ts, p) && (isName(ts, f, mid) || isArticle(ts, f)))) {
                f = p;
                continue;
            }
            int q = p;
            while (q >= 0 && q > p - 2 && isLink(ts, q)) {
                q--;
            }
            if (q < p && isName(ts, q, mid) && f < ts.size() && (isName(ts, f, mid) || f < from + 1)) {
                f = q;
                continue;
            }
            break;
        }
        int t = to;
        while (t < ts.size()) {
            if (isName(ts, t, mid) || (isArticle(ts, t) && (isName(ts, t + 1, mid) || (isArticle(ts, t + 1) && isName(ts, t + 2, mid))))) {
                t++;
                continue;
            }
            int q = t;
            while (q < ts.size() && q < t + 2 && isLink(ts, q)) {
                q++;
            }
            if (q > t && isName(ts, q, mid) && t > 0 && isName(ts, t - 1, mid)) {
                t = q;
                continue;
            }
            break;
        }
        return new int[]{f, t};
    }
}
