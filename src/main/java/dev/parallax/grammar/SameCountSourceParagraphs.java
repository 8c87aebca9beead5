package dev.parallax.grammar;

import dev.parallax.story.Paragraph;
import dev.parallax.story.Version;
import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;

/**
 * Pairs paragraph i of a translation with paragraph i of its source when both have as many paragraphs,
 * and pairs nothing otherwise (guessing would report false "different length" issues). Replaced by the
 * alignment feature's bean when that exists.
 */
@ApplicationScoped
@DefaultBean
public class SameCountSourceParagraphs implements SourceParagraphs {

    @Override
    public List<ParagraphPair> pairsFor(Version translation) {
        Version source = translation.translationOf;
        if (source == null || source.paragraphs.size() != translation.paragraphs.size()) {
            return List.of();
        }
        List<ParagraphPair> pairs = new ArrayList<>();
        for (int i = 0; i < translation.paragraphs.size(); i++) {
            Paragraph p = source.paragraphs.get(i);
            pairs.add(new ParagraphPair(List.of(p.ordinal), p.text, translation.paragraphs.get(i).ordinal));
        }
        return pairs;
    }

    @Override
    public String whyUnpaired(Version translation) {
        Version source = translation.translationOf;
        if (source == null) {
            return null;
        }
        return "No bilingual checks: this translation has " + translation.paragraphs.size() + " paragraphs and "
                + source.label() + " has " + source.paragraphs.size() + ", and paragraphs are only paired one to one "
                + "until the alignment feature pairs them.";
    }
}
