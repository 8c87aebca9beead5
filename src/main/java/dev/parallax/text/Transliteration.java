package dev.parallax.text;

import com.ibm.icu.text.Transliterator;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Arabic-script words (Arabic, Persian) in Latin letters, by ICU4J's {@code Arabic-Latin} transliteration
 * (ISO 233 style: one Latin letter or digraph per Arabic letter, Persian پ چ ژ گ ی ک included), folded to
 * lower-case ASCII: خامنئي → "khamnyy", پزشکیان → "pzshkyan", دمشق → "dmshq". Names then compare with their
 * English spelling through {@link ConsonantSkeleton#ofLatin}. Persian goes through the same rules: the
 * aligner's folded words write Persian ی and ک as Arabic ي and ك, and ICU's {@code Persian-Latin/BGN} leaves
 * those (and medial alef) untransliterated. Pure: ICU's rules ship inside its jar, nothing is downloaded.
 *
 * <p>Results are remembered per word (names recur in every version of a story); the cache is bounded and
 * simply cleared when full. ICU transliterators are not documented as thread-safe, so each thread has its own.
 */
public final class Transliteration {

    private Transliteration() {
    }

    private static final ThreadLocal<Transliterator> TO_LATIN =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Arabic-Latin; Latin-ASCII; Lower"));

    private static final int CACHE = 50_000;
    private static final Map<String, String> LATIN = new ConcurrentHashMap<>();

    /** The word in lower-case ASCII Latin letters (letters ICU cannot map are dropped). */
    public static String toLatin(String arabicScriptWord) {
        String hit = LATIN.get(arabicScriptWord);
        if (hit != null) {
            return hit;
        }
        String t = TO_LATIN.get().transliterate(arabicScriptWord);
        StringBuilder sb = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c >= 'a' && c <= 'z') {
                sb.append(c);
            }
        }
        String out = sb.toString();
        if (LATIN.size() >= CACHE) {
            LATIN.clear();
        }
        LATIN.put(arabicScriptWord, out);
        return out;
    }

    /** The consonant skeleton of an Arabic-script word, read through its ICU transliteration. */
    public static String skeletonOfArabicScript(String word) {
        return ConsonantSkeleton.ofLatin(toLatin(word));
    }
}
