package dev.parallax.grammar;

import dev.parallax.align.AlignmentService;
import dev.parallax.align.StoryAlignment;
import dev.parallax.grammar.ParagraphPair;
import dev.parallax.grammar.SourceParagraphs;
import dev.parallax.story.Version;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.List;

/**
 * The source paragraphs of each paragraph of a translation, from the alignment of the translation with
 * its source (corrections included): what the grammar feature's bilingual checks compare. In a row with
 * as many paragraphs on both sides, they pair in order. A translation paragraph alone in its row, or
 * sharing it unevenly with another translation paragraph, has no pair (a
 * "different length" check of half a row would be noise). Where the aligner left a translation paragraph
 * and the source paragraph at the same position both unpaired, in a translation with as many paragraphs
 * as its source, they are paired: a translation made paragraph for paragraph is the common case, and an
 * untranslated or truncated paragraph (what the bilingual checks are for) is exactly what an aligner
 * hesitates to link.
 */
@ApplicationScoped
public class AlignedSourceParagraphs implements SourceParagraphs {

    @Inject
    AlignmentService alignments;

    @Override
    public List<ParagraphPair> pairsFor(Version translation) {
        Version source = translation.liveTranslationOf();
        if (source == null || source.paragraphs.isEmpty() || translation.paragraphs.isEmpty()) {
            return List.of();
        }
        StoryAlignment alignment = alignments.align(translation.story.id, List.of(source.id, translation.id));
        List<ParagraphPair> pairs = new ArrayList<>();
        java.util.Set<Integer> linkedSources = new java.util.HashSet<>();
        java.util.Set<Integer> linkedTargets = new java.util.HashSet<>();
        for (var row : alignment.rows()) {
            List<Integer> sources = row.cells().get(0);
            List<Integer> targets = row.cells().get(1);
            if (!sources.isEmpty() && !targets.isEmpty()) {
                linkedSources.addAll(sources);
                linkedTargets.addAll(targets);
            }
            if (sources.size() == targets.size() && sources.size() > 1) {
                // a 2-2 (or 3-3) row: its paragraphs in order are the likeliest pairs
                for (int k = 0; k < sources.size(); k++) {
                    int sourceIndex = sources.get(k);
                    pairs.add(new ParagraphPair(List.of(sourceIndex), alignment.texts().get(0).get(sourceIndex), targets.get(k)));
                }
                continue;
            }
            if (sources.isEmpty() || targets.size() != 1) {
                continue;
            }
            String sourceText = String.join(" ", sources.stream().map(i -> alignment.texts().get(0).get(i)).toList());
            pairs.add(new ParagraphPair(sources, sourceText, targets.get(0)));
        }
        if (source.paragraphs.size() == translation.paragraphs.size()) {
            for (int i = 0; i < translation.paragraphs.size(); i++) {
                if (!linkedSources.contains(i) && !linkedTargets.contains(i)) {
                    pairs.add(new ParagraphPair(List.of(i), source.paragraphs.get(i).text, i));
                }
            }
            pairs.sort(java.util.Comparator.comparingInt(ParagraphPair::targetIndex));
        }
        return pairs;
    }

    @Override
    public String whyUnpaired(Version translation) {
        Version source = translation.liveTranslationOf();
        return source == null ? null
                : "No paragraph of this translation is aligned one to one with " + source.label() + ".";
    }
}
