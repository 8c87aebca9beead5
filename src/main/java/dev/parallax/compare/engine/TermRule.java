package dev.parallax.compare.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * "term": the termbase's verdict on how a version writes a name or term. Any language pair: a form the termbase
 * forbids (Persian خامنه ای with a space for خامنه‌ای, an Arabic or Persian misspelling entered as forbidden), with
 * the form it prefers. In the base's language: a concept the base names too, written in another form ("Raeisi" where
 * the base has "Raisi", "Ebrahim Raeesi" / "Ebrahim Raisi"). A longer or shorter mention of the same name is not
 * another form: "Raisi" / "Ebrahim Raisi" and "President al-Assad" / "Bashar al-Assad" end with the same word,
 * and "Seyyed Ali Khamenei" holds all of "Ali Khamenei"; the diff shows those anyway.
 */
public final class TermRule implements FlagRule {

    private final TermLookup terms;

    public TermRule(TermLookup terms) {
        this.terms = terms;
    }

    @Override
    public String name() {
        return "term";
    }

    @Override
    public List<Flag> flags(CellPair pair) {
        List<TermLookup.Use> other = terms.find(pair.otherText(), pair.otherLanguage());
        if (other.isEmpty()) {
            return List.of();
        }
        Map<Long, List<TermLookup.Use>> base = new LinkedHashMap<>();
        for (TermLookup.Use u : terms.find(pair.baseText(), pair.baseLanguage())) {
            base.computeIfAbsent(u.concept(), k -> new ArrayList<>()).add(u);
        }
        List<Flag> flags = new ArrayList<>();
        Set<String> said = new HashSet<>();
        Set<Long> flagged = new HashSet<>();
        for (TermLookup.Use u : other) {
            if (u.status() != TermLookup.Status.FORBIDDEN || !said.add(u.concept() + " " + u.words())) {
                continue;
            }
            flagged.add(u.concept());
            String used = pair.otherText().substring(u.start(), u.end());
            String preferred = terms.preferred(u.concept(), pair.otherLanguage());
            String baseForm = base.containsKey(u.concept()) ? text(pair.baseText(), base.get(u.concept()).get(0)) : "";
            flags.add(new Flag(Flag.Type.TERM, baseForm, used, "Form the termbase forbids: " + used
                    + (preferred == null ? "" : "; it writes " + preferred)
                    + (baseForm.isEmpty() ? "" : " (the base has " + baseForm + ")")));
        }
        if (!pair.sameLanguage()) {
            return flags;
        }
        for (TermLookup.Use u : other) {
            List<TermLookup.Use> inBase = base.get(u.concept());
            if (inBase == null || flagged.contains(u.concept()) || inBase.stream().anyMatch(b -> sameForm(b.words(), u.words()))) {
                continue;
            }
            flagged.add(u.concept());
            String used = text(pair.otherText(), u);
            String baseForm = text(pair.baseText(), inBase.get(0));
            flags.add(new Flag(Flag.Type.TERM, baseForm, used, "Another form of the same "
                    + "name or term: " + used + " here, " + baseForm + " in the base"));
        }
        return flags;
    }

    private static String text(String text, TermLookup.Use u) {
        return text.substring(u.start(), u.end());
    }

    /**
     * Two forms of one concept are one spelling when they end with the same word (the name: "Raisi", "Ebrahim
     * Raisi", "Seyyed Ebrahim Raisi") or one holds every word of the other.
     */
    static boolean sameForm(List<String> a, List<String> b) {
        if (a.isEmpty() || b.isEmpty() || a.equals(b)) {
            return true;
        }
        return a.get(a.size() - 1).equals(b.get(b.size() - 1)) || a.containsAll(b) || b.containsAll(a);
    }
}
