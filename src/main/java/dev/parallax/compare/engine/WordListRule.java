package dev.parallax.compare.engine;

import dev.parallax.text.ScriptFolding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A rule that reads the changed stretches of a one-language diff for words of one list (reporting verbs,
 * negations, modal words): a listed word deleted, inserted or replaced is a flag. Lists exist for English,
 * Arabic and Persian; other languages and cross-language pairs get no such flags (their words cannot be
 * compared one for one).
 */
abstract class WordListRule implements FlagRule {

    private final Map<String, Set<String>> words = new HashMap<>();

    /** {@code lists}: language → its words (folded when loaded, so hamza seats and ی/ي do not matter). */
    WordListRule(Map<String, List<String>> lists) {
        lists.forEach((lang, list) -> {
            Set<String> folded = new HashSet<>();
            list.forEach(w -> folded.add(ScriptFolding.fold(w)));
            words.put(lang, folded);
        });
    }

    abstract Flag.Type type();

    /** The one-line message for listed words gone from the base and come in the other. */
    abstract String message(List<String> gone, List<String> come);

    boolean listed(DiffToken t, String language) {
        Set<String> list = words.get(language);
        return list != null && t.isWord() && list.contains(t.key());
    }

    @Override
    public List<Flag> flags(CellPair pair) {
        List<Flag> flags = new ArrayList<>();
        if (!pair.sameLanguage() || !words.containsKey(pair.baseLanguage())) {
            return flags;
        }
        for (TokenDiff.Hunk h : pair.diff().hunks()) {
            List<String> gone = found(pair.base(), h.baseFrom(), h.baseTo(), pair.baseLanguage());
            List<String> come = found(pair.other(), h.otherFrom(), h.otherTo(), pair.otherLanguage());
            if (gone.isEmpty() && come.isEmpty() || lower(gone).equals(lower(come))) {
                continue;
            }
            flags.add(new Flag(type(), FlagRule.shorten(CellPair.slice(pair.base(), h.baseFrom(), h.baseTo()), 120),
                    FlagRule.shorten(CellPair.slice(pair.other(), h.otherFrom(), h.otherTo()), 120), message(gone, come)));
        }
        return flags;
    }

    private List<String> found(List<DiffToken> ts, int from, int to, String language) {
        List<String> out = new ArrayList<>();
        for (int k = from; k < to; k++) {
            if (listed(ts.get(k), language)) {
                out.add(ts.get(k).text());
            }
        }
        return out;
    }

    private static List<String> lower(List<String> words) {
        return words.stream().map(ScriptFolding::fold).toList();
    }

    static String join(List<String> words) {
        return String.join(" ", words);
    }

    /** "X → Y", "X removed", "Y added", for messages. */
    static String change(List<String> gone, List<String> come) {
        if (come.isEmpty()) {
            return join(gone) + " removed";
        }
        if (gone.isEmpty()) {
            return join(come) + " added";
        }
        return join(gone) + " → " + join(come);
    }
}
