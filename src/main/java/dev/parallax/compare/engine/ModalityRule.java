package dev.parallax.compare.engine;

import java.util.List;
import java.util.Map;

/** "modality": a modal word added, removed or changed ("will" → "may", "must", "سوف", "قد", "باید", "خواهد"). */
public final class ModalityRule extends WordListRule {

    public ModalityRule() {
        super(Map.of(
                "en", List.of("will", "would", "shall", "should", "may", "might", "must", "can", "could", "cannot", "ought",
                        "likely", "unlikely", "possibly", "perhaps", "probably", "certainly", "definitely", "won't", "won’t",
                        "can't", "can’t", "mustn't"),
                "ar", List.of("سوف", "قد", "يجب", "يمكن", "ربما", "ينبغي", "لعل", "لن", "سيتم", "بإمكان", "يستطيع"),
                "fa", List.of("خواهد", "خواهند", "خواهم", "باید", "نباید", "شاید", "ممکن", "احتمالا", "احتمالاً", "می‌تواند",
                        "می‌توانند", "نمی‌تواند", "بتواند")));
    }

    @Override
    public String name() {
        return "modality";
    }

    @Override
    Flag.Type type() {
        return Flag.Type.MODALITY;
    }

    @Override
    boolean listed(DiffToken t, String language) {
        // English "May" opening a sentence may be the month: the number rule decides, but a modal is lower case
        return super.listed(t, language) && !(t.key().equals("may") && t.capitalised() && !t.sentenceInitial());
    }

    @Override
    String message(List<String> gone, List<String> come) {
        if (come.isEmpty()) {
            return "Modality removed: the base says " + join(gone);
        }
        if (gone.isEmpty()) {
            return "Modality added: " + join(come) + " is not in the base";
        }
        return "Modality changed: " + change(gone, come);
    }
}
