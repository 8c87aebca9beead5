package dev.parallax.compare.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * "attribution": a reporting verb changed, added or removed (said / claimed / affirmed / stressed, قال /
 * زعم, گفت / ادعا کرد), and sources that differ ("according to al-Jazeera", "بحسب", "به گزارش").
 */
public final class AttributionRule extends WordListRule {

    public AttributionRule() {
        super(Map.of(
                "en", List.of("said", "says", "say", "saying", "stated", "states", "stressed", "stresses", "stressing", "claimed", "claims",
                        "claiming", "affirmed", "affirms", "affirming", "confirmed", "confirms", "added", "adds", "noted", "notes",
                        "pointed", "indicated", "indicates", "told", "tells", "reported", "reports", "announced", "declared",
                        "asserted", "insisted", "alleged", "alleges", "denied", "explained", "warned", "argued", "considered",
                        "considering", "quoted", "urged", "emphasized", "emphasised", "acknowledged", "admitted", "suggested",
                        "revealed", "underlined", "underscored", "maintained", "contended"),
                "ar", List.of("قال", "يقول", "أكد", "يؤكد", "مؤكدا", "مؤكداً", "شدد", "مشددا", "مشدداً", "أشار", "مشيرا", "مشيراً",
                        "أضاف", "مضيفا", "مضيفاً", "أفاد", "أفادت", "اعتبر", "معتبرا", "معتبراً", "زعم", "ادعى", "أعلن", "صرح",
                        "ذكر", "ذكرت", "نقل", "نقلت", "لفت", "بيّن", "أوضح", "نفى", "حذر", "رأى"),
                "fa", List.of("گفت", "گفته", "افزود", "تأکید", "تاکید", "ادعا", "اعلام", "اظهار", "اذعان", "خاطرنشان", "تصریح",
                        "یادآور", "هشدار")));
    }

    @Override
    public String name() {
        return "attribution";
    }

    @Override
    Flag.Type type() {
        return Flag.Type.ATTRIBUTION;
    }

    @Override
    String message(List<String> gone, List<String> come) {
        return "Reporting verb " + (gone.isEmpty() ? "added: " : come.isEmpty() ? "removed: " : "changed: ") + change(gone, come);
    }

    @Override
    public List<Flag> flags(CellPair pair) {
        List<Flag> flags = super.flags(pair);
        if (!pair.sameLanguage()) {
            return flags;
        }
        List<String> a = sources(pair.base());
        List<String> b = sources(pair.other());
        List<String> gone = new ArrayList<>(a);
        b.forEach(gone::remove);
        List<String> come = new ArrayList<>(b);
        a.forEach(come::remove);
        for (int k = 0; k < Math.max(gone.size(), come.size()); k++) {
            String x = k < gone.size() ? gone.get(k) : "";
            String y = k < come.size() ? come.get(k) : "";
            String message = x.isEmpty() ? "Source not in the base: " + y
                    : y.isEmpty() ? "Source missing here: the base has " + x
                    : "Source differs: " + x + " in the base, " + y + " here";
            flags.add(new Flag(Flag.Type.ATTRIBUTION, x, y, message));
        }
        return flags;
    }

    /** "according to X", "بحسب X", "وفقاً لـ X", "به گزارش X": the words up to the next punctuation mark. */
    static List<String> sources(List<DiffToken> ts) {
        List<String> out = new ArrayList<>();
        for (int k = 0; k < ts.size(); k++) {
            String key = ts.get(k).key();
            int from = -1;
            if (key.equals("according") && k + 1 < ts.size() && ts.get(k + 1).key().equals("to")) {
                from = k + 2;
            } else if (key.equals("حسب") || key.equals("وفقا") || key.equals("نقلا")) {
                from = k + 1;
            } else if (key.equals("به") && k + 1 < ts.size() && ts.get(k + 1).key().equals("گزارش")) {
                from = k + 2;
            }
            if (from < 0) {
                continue;
            }
            int start = key.equals("حسب") && k > 0 && ts.get(k - 1).kind() == DiffToken.Kind.CLITIC ? k - 1 : k;
            int to = from;
            while (to < ts.size() && to < from + 8 && (ts.get(to).kind() != DiffToken.Kind.PUNCT || ts.get(to).text().equals("-"))) {
                to++;
            }
            if (to > from) {
                out.add(CellPair.slice(ts, start, to));
            }
        }
        return out;
    }
}
