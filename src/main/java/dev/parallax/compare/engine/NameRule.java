package dev.parallax.compare.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "name": names and titles that differ. In one language, every changed stretch of the diff that touches
 * a name or title is widened to the whole name phrase on both sides ("Supreme Leader Ayatollah Ali
 * Khamenei" / "Supreme Leader of the Iranian Islamic Revolution Ayatollah Seyyed Ali Khamenei") and
 * flagged once, as a spelling variant when the names' consonant skeletons agree (Seyyed / Sayyed,
 * Assad / al-Assad). Across languages, each name of the Latin-script side (a capitalised word inside a
 * sentence that is not a translated title, demonym or institution) must find a word with the same
 * consonant skeleton and onset on the other side (Assad / اسد, Khamenei / خامنه‌ای), or it is flagged missing.
 */
public final class NameRule implements FlagRule {

    @Override
    public String name() {
        return "name";
    }

    @Override
    public List<Flag> flags(CellPair pair) {
        return pair.sameLanguage() ? sameLanguage(pair) : acrossLanguages(pair);
    }

    private List<Flag> sameLanguage(CellPair pair) {
        List<DiffToken> a = pair.base();
        List<DiffToken> b = pair.other();
        Set<String> mid = Names.capitalisedMidSentence(a, b);
        List<int[]> spans = new ArrayList<>(); // {baseFrom, baseTo, otherFrom, otherTo}
        for (TokenDiff.Hunk h : pair.diff().hunks()) {
            if (!touchesName(a, h.baseFrom(), h.baseTo(), mid) && !touchesName(b, h.otherFrom(), h.otherTo(), mid)) {
                continue;
            }
            int[] pa = Names.phrase(a, h.baseFrom(), h.baseTo(), mid);
            int[] pb = Names.phrase(b, h.otherFrom(), h.otherTo(), mid);
            int[] span = {pa[0], pa[1], pb[0], pb[1]};
            int[] last = spans.isEmpty() ? null : spans.get(spans.size() - 1);
            if (last != null && (span[0] < last[1] || span[2] < last[3])) {
                last[1] = Math.max(last[1], span[1]);
                last[3] = Math.max(last[3], span[3]);
            } else {
                spans.add(span);
            }
        }
        List<Flag> flags = new ArrayList<>();
        for (int[] s : spans) {
            String base = CellPair.slice(a, s[0], s[1]);
            String other = CellPair.slice(b, s[2], s[3]);
            if (base.equals(other)) {
                continue;
            }
            String message;
            String shownBase = shown(base);
            String shownOther = shown(other);
            if (shownBase.isEmpty()) {
                message = "Name or title not in the base: " + shownOther;
            } else if (shownOther.isEmpty()) {
                message = "Name or title missing here: the base has " + shownBase;
            } else if (signature(a, s[0], s[1]).equals(signature(b, s[2], s[3]))) {
                message = "Same name, spelled differently: " + shownBase + " / " + shownOther;
            } else {
                message = "Name or title differs: " + shownBase + " in the base, " + shownOther + " here";
            }
            flags.add(new Flag(Flag.Type.NAME, base, other, message));
        }
        return flags;
    }

    /** A stretch as a message shows it: without the commas and spaces the diff left at its ends. */
    static String shown(String stretch) {
        int from = 0;
        int to = stretch.length();
        while (from < to && !Character.isLetterOrDigit(stretch.codePointAt(from)) && "“\"«‘'(".indexOf(stretch.charAt(from)) < 0) {
            from++;
        }
        while (to > from && !Character.isLetterOrDigit(stretch.charAt(to - 1)) && "”\"»’')".indexOf(stretch.charAt(to - 1)) < 0) {
            to--;
        }
        return stretch.substring(from, to);
    }

    /** A name, not a day or month (those are the number rule's: Tuesday / Monday is flagged once, as a day). */
    private static boolean isName(List<DiffToken> ts, int k, Set<String> mid) {
        return Names.isName(ts, k, mid) && !NumberRule.isCalendarWord(ts.get(k));
    }

    /** A changed stretch concerns a name if it holds one, or is an article or link right next to one. */
    private static boolean touchesName(List<DiffToken> ts, int from, int to, Set<String> mid) {
        if (from == to) {
            return false;
        }
        boolean onlyJoiners = true;
        for (int k = from; k < to; k++) {
            if (isName(ts, k, mid)) {
                return true;
            }
            if (!Names.isArticle(ts, k) && !Names.isLink(ts, k)) {
                onlyJoiners = false;
            }
        }
        return onlyJoiners && (isName(ts, from - 1, mid) || isName(ts, to, mid));
    }

    /** The words of a name phrase as consonant skeletons: equal signatures are one name spelled two ways. */
    private static List<String> signature(List<DiffToken> ts, int from, int to) {
        List<String> sig = new ArrayList<>();
        for (int k = from; k < to; k++) {
            DiffToken t = ts.get(k);
            if (!t.isWord() || Names.isArticle(ts, k) || Names.isLink(ts, k)) {
                continue;
            }
            sig.add(Names.skeleton(t));
        }
        return sig;
    }

    private List<Flag> acrossLanguages(CellPair pair) {
        List<Flag> flags = new ArrayList<>();
        boolean baseLatin = latin(pair.base());
        boolean otherLatin = latin(pair.other());
        if (baseLatin) {
            for (DiffToken name : unmatched(pair.base(), pair.other())) {
                flags.add(new Flag(Flag.Type.NAME, name.text(), "", "Name not found here: the base names " + name.text()));
            }
        }
        if (otherLatin) {
            for (DiffToken name : unmatched(pair.other(), pair.base())) {
                flags.add(new Flag(Flag.Type.NAME, "", name.text(), "Name not found in the base: this version names " + name.text()));
            }
        }
        return flags;
    }

    /** Mostly Latin-script words: the side whose capitals tell names. */
    static boolean latin(List<DiffToken> ts) {
        int latin = 0;
        int other = 0;
        for (DiffToken t : ts) {
            if (t.isWord()) {
                if (t.isArabicScript()) {
                    other++;
                } else {
                    latin++;
                }
            }
        }
        return latin > other;
    }

    /** The names of {@code names} (Latin script) with no same-skeleton word in {@code in}, each once. */
    static List<DiffToken> unmatched(List<DiffToken> names, List<DiffToken> in) {
        // each word's onset and skeleton once, not once per name
        Set<String> keys = new java.util.HashSet<>();
        List<String> words = new ArrayList<>();
        for (DiffToken x : in) {
            if (x.isWord() && keys.add(x.key())) {
                words.add(Names.onset(x) + Names.skeleton(x));
                // a bare proclitic the tokeniser leaves on (وإيران, لسورية): the word without it is a candidate too
                String k = x.key();
                while (x.isArabicScript() && k.length() >= 4 && "وفبلك".indexOf(k.charAt(0)) >= 0) {
                    k = k.substring(1);
                    DiffToken bare = new DiffToken(k, "", DiffToken.Kind.WORD, k, false, false);
                    words.add(Names.onset(bare) + Names.skeleton(bare));
                }
            }
        }
        List<DiffToken> out = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (DiffToken t : crossScriptNames(names)) {
            char onset = Names.onset(t);
            String skeleton = Names.skeleton(t);
            if (seen.add(t.key()) && words.stream().noneMatch(x -> x.charAt(0) == onset && Names.sameName(skeleton, x.substring(1)))) {
                out.add(t);
            }
        }
        return out;
    }

    /** Capitalised words inside sentences that are neither translated words nor acronyms. */
    static List<DiffToken> crossScriptNames(List<DiffToken> ts) {
        List<DiffToken> out = new ArrayList<>();
        for (DiffToken t : ts) {
            if (t.isWord() && !t.isArabicScript() && t.capitalised() && !t.sentenceInitial() && !acronym(t.text())) {
                String key = t.key().replaceAll("['\u2019]s$", "");
                if (!Names.TRANSLATED.contains(key) && !Names.skeleton(t).isEmpty()) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    private static boolean acronym(String s) {
        return s.length() >= 2 && s.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }
}
