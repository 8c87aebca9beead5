package dev.parallax.compare.engine;

import java.util.List;
import java.util.Map;

/** "negation": a negation added or removed ("not", "never", "لم", "لن", "نه", Persian verbs in نمی‌). */
public final class NegationRule extends WordListRule {

    public NegationRule() {
        super(Map.of(
                "en", List.of("not", "no", "never", "cannot", "neither", "nor", "none", "nothing", "nobody", "without", "nowhere",
                        "don't", "doesn't", "didn't", "won't", "isn't", "aren't", "wasn't", "weren't", "can't", "couldn't",
                        "wouldn't", "shouldn't", "hasn't", "haven't", "hadn't", "mustn't",
                        "don’t", "doesn’t", "didn’t", "won’t", "isn’t", "aren’t", "wasn’t", "weren’t", "can’t", "couldn’t",
                        "wouldn’t", "shouldn’t", "hasn’t", "haven’t", "hadn’t"),
                "ar", List.of("لا", "لم", "لن", "ليس", "ليست", "ليسوا", "غير", "دون", "بدون", "أبدا", "أبداً", "إطلاقا"),
                "fa", List.of("نه", "نیست", "نبود", "نیستند", "هرگز", "هیچ", "بدون", "نخواهد", "نمی", "نباید", "نکرد", "نکردند")));
    }

    @Override
    public String name() {
        return "negation";
    }

    @Override
    Flag.Type type() {
        return Flag.Type.NEGATION;
    }

    @Override
    boolean listed(DiffToken t, String language) {
        // Persian negates verbs with a prefix: نمی‌کند, نمی‌خواهد
        return super.listed(t, language) || ("fa".equals(language) && t.isWord() && t.key().startsWith("نمي") && t.key().length() > 4);
    }

    @Override
    String message(List<String> gone, List<String> come) {
        if (come.isEmpty()) {
            return "Negation removed: the base says " + join(gone);
        }
        if (gone.isEmpty()) {
            return "Negation added: " + join(come) + " is not in the base";
        }
        return "Negation changed: " + change(gone, come);
    }
}
