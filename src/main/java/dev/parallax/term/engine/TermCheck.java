package dev.parallax.term.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The termbase for a translator (issue 12): which concepts a source paragraph names and how the target language
 * should write them (the hints of the translate page), and, once a target is saved, where it strays from the
 * termbase: a source concept with no form of it in the target at all, or a forbidden form used.
 */
public final class TermCheck {

    private TermCheck() {
    }

    /** A concept found in the source: the words as written there, the target's preferred form and its forbidden ones. */
    public record Hint(long conceptId, String source, String preferred, List<String> forbidden) {
    }

    /** A departure of a saved target: {@code kind} is "missing" (no form of the concept) or "forbidden". */
    public record Warning(String kind, long conceptId, String source, String used, String preferred) {
    }

    /** The source paragraph's concepts that have a term in the target language, in order of appearance, each once. */
    public static List<Hint> hints(TermIndex index, String source, String sourceLanguage, String targetLanguage) {
        Map<Long, Hint> hints = new LinkedHashMap<>();
        String target = TermIndex.primary(targetLanguage);
        for (TermIndex.Hit hit : index.find(source, sourceLanguage)) {
            if (hints.containsKey(hit.conceptId())) {
                continue;
            }
            TermIndex.Entry preferred = index.preferred(hit.conceptId(), targetLanguage);
            if (preferred == null) {
                continue;
            }
            List<String> forbidden = new ArrayList<>();
            for (TermIndex.Entry e : index.terms(hit.conceptId())) {
                if (e.status() == TermStatus.FORBIDDEN && TermIndex.primary(e.language()).equals(target)) {
                    forbidden.add(e.text());
                }
            }
            hints.put(hit.conceptId(), new Hint(hit.conceptId(), source.substring(hit.start(), hit.end()), preferred.text(), forbidden));
        }
        return List.copyOf(hints.values());
    }

    /** Where a saved target departs from the termbase for its source: forbidden forms first, then missing concepts. */
    public static List<Warning> check(TermIndex index, String source, String sourceLanguage, String target, String targetLanguage) {
        List<Warning> warnings = new ArrayList<>();
        Set<Long> present = new LinkedHashSet<>();
        for (TermIndex.Hit hit : index.find(target, targetLanguage)) {
            present.add(hit.conceptId());
            if (hit.term().status() == TermStatus.FORBIDDEN) {
                TermIndex.Entry preferred = index.preferred(hit.conceptId(), targetLanguage);
                warnings.add(new Warning("forbidden", hit.conceptId(), null, target.substring(hit.start(), hit.end()),
                        preferred == null ? null : preferred.text()));
            }
        }
        for (Hint h : hints(index, source, sourceLanguage, targetLanguage)) {
            if (!present.contains(h.conceptId())) {
                warnings.add(new Warning("missing", h.conceptId(), h.source(), null, h.preferred()));
            }
        }
        return warnings;
    }
}
