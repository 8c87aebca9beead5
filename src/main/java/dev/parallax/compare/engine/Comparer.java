package dev.parallax.compare.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Compares one cell with the base cell of its row: token diff, similarity and flags. Pure and
 * stateless; the service caches its answers.
 *
 * <p>Similarity in one language is the share of tokens the two cells have in common, in order
 * (2·equal / (tokens of both)). Across languages a word diff says nothing, so similarity is measured on
 * what survives translation: the numbers and calendar words, the names (consonant skeletons) and the
 * quotations of both cells, 2·matched / (all of both + 4), weighted 3:1 with the ratio of the two texts'
 * lengths (the length ratio alone when neither cell has any of these). The 4 is a prior: a paragraph that
 * shares one name with another is not thereby its translation.
 */
public final class Comparer {

    private final List<FlagRule> rules;

    /** A comparer without a termbase: no "term" flags (snapshots of one version, tests of the other rules). */
    public Comparer() {
        this(TermLookup.NONE);
    }

    /** {@code terms}: the termbase the "term" rule reads (see {@link TermRule}). */
    public Comparer(TermLookup terms) {
        rules = List.of(new NumberRule(), new NameRule(), new TermRule(terms), new QuoteRule(), new AttributionRule(),
                new NegationRule(), new ModalityRule());
    }

    public List<FlagRule> rules() {
        return rules;
    }

    /** Empty text means an empty cell (no paragraph of that version in the row). */
    public CellDiff compare(String baseText, String baseLanguage, String otherText, String otherLanguage) {
        boolean same = CellPair.primary(baseLanguage).equals(CellPair.primary(otherLanguage));
        if (baseText.isEmpty() && otherText.isEmpty()) {
            return new CellDiff(List.of(), 1.0, List.of(), same);
        }
        if (baseText.isEmpty() || otherText.isEmpty()) {
            return missing(baseText, otherText, same);
        }
        CellPair pair = new CellPair(baseText, baseLanguage, otherText, otherLanguage);
        List<Flag> flags = new ArrayList<>();
        for (FlagRule rule : rules) {
            flags.addAll(rule.flags(pair));
        }
        return new CellDiff(pair.diff().ops(), round(similarity(pair)), flags, same);
    }

    /** "missing": content present in one cell of the row only; the ops delete or insert all of it. */
    static CellDiff missing(String baseText, String otherText, boolean same) {
        if (otherText.isEmpty()) {
            return new CellDiff(List.of(Op.delete(baseText)), 0.0, List.of(new Flag(Flag.Type.MISSING, FlagRule.shorten(baseText, 80), "",
                    "Missing here: this version has nothing for the base’s paragraph")), same);
        }
        return new CellDiff(List.of(Op.insert(otherText)), 0.0, List.of(new Flag(Flag.Type.MISSING, "", FlagRule.shorten(otherText, 80),
                "Only in this version: the base has nothing here")), same);
    }

    /** Anchors no cell pair shares, added to the count so that one shared name does not make a translation. */
    static final int ANCHOR_PRIOR = 4;

    static double similarity(CellPair pair) {
        if (pair.sameLanguage()) {
            int a = count(pair.base());
            int b = count(pair.other());
            return a + b == 0 ? 1.0 : 2.0 * pair.diff().equalTokens() / (a + b);
        }
        int total = 0;
        int matched = 0;
        // numbers and calendar words, by value
        List<NumberRule.Amount> na = NumberRule.amounts(pair.base(), pair.baseLanguage());
        List<NumberRule.Amount> nb = NumberRule.amounts(pair.other(), pair.otherLanguage());
        Map<String, Integer> counts = new HashMap<>();
        nb.forEach(x -> counts.merge(x.key(), 1, Integer::sum));
        for (NumberRule.Amount x : na) {
            if (counts.getOrDefault(x.key(), 0) > 0) {
                counts.merge(x.key(), -1, Integer::sum);
                matched += 2;
            }
        }
        total += na.size() + nb.size();
        // names of the Latin-script side(s), found or not on the other
        for (boolean baseSide : new boolean[]{true, false}) {
            List<DiffToken> from = baseSide ? pair.base() : pair.other();
            List<DiffToken> in = baseSide ? pair.other() : pair.base();
            if (NameRule.latin(from)) {
                List<DiffToken> names = distinct(NameRule.crossScriptNames(from));
                int missing = NameRule.unmatched(from, in).size();
                total += 2 * names.size();
                matched += 2 * (names.size() - missing);
            }
        }
        // quotations, by count
        int qa = Quotes.of(pair.baseText()).size();
        int qb = Quotes.of(pair.otherText()).size();
        total += qa + qb;
        matched += 2 * Math.min(qa, qb);
        double lengths = lengthRatio(pair.baseText(), pair.otherText());
        return total == 0 ? lengths : 0.75 * matched / (total + ANCHOR_PRIOR) + 0.25 * lengths;
    }

    private static List<DiffToken> distinct(List<DiffToken> ts) {
        Map<String, DiffToken> byKey = new java.util.LinkedHashMap<>();
        ts.forEach(t -> byKey.putIfAbsent(t.key(), t));
        return new ArrayList<>(byKey.values());
    }

    private static int count(List<DiffToken> ts) {
        int n = 0;
        for (DiffToken t : ts) {
            if (t.counts()) {
                n++;
            }
        }
        return n;
    }

    static double lengthRatio(String a, String b) {
        int x = letters(a);
        int y = letters(b);
        return Math.max(x, y) == 0 ? 1.0 : (double) Math.min(x, y) / Math.max(x, y);
    }

    private static int letters(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetterOrDigit(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    static double round(double x) {
        return Math.round(x * 1000) / 1000.0;
    }
}
