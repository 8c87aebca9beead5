package dev.parallax.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a paragraph into sentences for en, de, fr, ar, fa (and, by the same rules, other languages).
 *
 * <p>A sentence ends at . ! ? … or the Arabic/Persian question mark ؟ and full stop ۔, followed by any
 * closing quotes or brackets (which stay with the sentence), then white space, then something that can
 * start a sentence (not a lower-case Latin letter). A full stop does not end a sentence after a known
 * abbreviation (Mr., Dr., z.B., etc., M.), after a single letter (initials: "J. Smith") or dotted initials
 * ("U.N."), or, in German,
 * after a number (ordinals: "am 3. Mai").
 */
public final class SentenceSplitter {

    // Set.copyOf, not Set.of: a duplicate added by a later edit must not make the class fail to load
    private static final Set<String> ABBREVIATIONS = Set.copyOf(java.util.Arrays.asList(
            // en
            "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "vs", "etc", "inc", "ltd", "co", "corp", "gen",
            "col", "lt", "sgt", "capt", "gov", "sen", "rep", "rev", "no", "vol", "fig", "jan", "feb", "mar",
            "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "e.g", "i.e", "a.m", "p.m",
            // de
            "z.b", "bzw", "usw", "ca", "evtl", "ggf", "inkl", "nr", "str", "dt", "hr", "fr", "bd", "jh", "s",
            "u.a", "d.h", "m.ü.m", "m", "mio", "mrd", "abb", "vgl", "ev", "sog",
            // fr
            "mme", "mlle", "env", "cf", "p", "pp", "éd", "av", "j.-c", "ste"));

    private static final String TERMINALS = ".!?…\u061F\u06D4";
    private static final String CLOSERS = "\"'”’»›)]\u201D";

    private SentenceSplitter() {
    }

    public static List<String> split(String paragraph, String language) {
        List<String> out = new ArrayList<>();
        String text = paragraph.strip();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (TERMINALS.indexOf(c) < 0) {
                continue;
            }
            int end = i + 1;
            while (end < n && (TERMINALS.indexOf(text.charAt(end)) >= 0 || CLOSERS.indexOf(text.charAt(end)) >= 0)) {
                end++;
            }
            if (end >= n || !Character.isWhitespace(text.charAt(end))) {
                i = end - 1;
                continue;
            }
            int next = end;
            while (next < n && Character.isWhitespace(text.charAt(next))) {
                next++;
            }
            if (next >= n) {
                break;
            }
            char nc = text.charAt(next);
            boolean canStart = !(Character.isLowerCase(nc));
            if (canStart && c == '.' && end == i + 1 && isAbbreviationBefore(text, start, i, language)) {
                canStart = false;
            }
            if (canStart) {
                out.add(text.substring(start, end).strip());
                start = next;
            }
            i = end - 1;
        }
        if (start < n) {
            String rest = text.substring(start).strip();
            if (!rest.isEmpty()) {
                out.add(rest);
            }
        }
        if (out.isEmpty()) {
            out.add(text);
        }
        return out;
    }

    /** "U.N", "e.g": single letters separated by dots. */
    private static boolean isDottedInitials(String word) {
        if (word.length() < 3 || word.length() % 2 == 0) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            char c = word.charAt(k);
            if (k % 2 == 0 ? !Character.isLetter(c) : c != '.') {
                return false;
            }
        }
        return true;
    }

    private static boolean isAbbreviationBefore(String text, int sentenceStart, int dot, String language) {
        int w = dot;
        while (w > sentenceStart && !Character.isWhitespace(text.charAt(w - 1)) && text.charAt(w - 1) != '(') {
            w--;
        }
        String word = text.substring(w, dot);
        if (word.isEmpty()) {
            return false;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        if (ABBREVIATIONS.contains(lower)) {
            return true;
        }
        if (word.length() == 1 && Character.isLetter(word.charAt(0)) && Character.isUpperCase(word.charAt(0))) {
            return true; // an initial
        }
        if (isDottedInitials(word)) {
            return true; // U.N., U.S., E.U. (the final dot is the one at hand)
        }
        if ("de".equals(language) && word.chars().allMatch(Character::isDigit) && word.length() <= 2) {
            return true; // German ordinal number
        }
        return false;
    }
}
