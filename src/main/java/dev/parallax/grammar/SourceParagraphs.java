package dev.parallax.grammar;

import dev.parallax.story.Version;

import java.util.List;

/**
 * Which source paragraphs each paragraph of a translation translates, for the bilingual checks; the
 * alignment feature answers ({@code dev.parallax.grammar.AlignedSourceParagraphs}). An interface so the
 * grammar feature does not depend on the aligner.
 */
public interface SourceParagraphs {

    /** The pairs of a version that is a translation of another ({@code translation.translationOf} set); may be empty. */
    List<ParagraphPair> pairsFor(Version translation);

    /** Why a translation has no pairs, for the page (null when it has some). */
    default String whyUnpaired(Version translation) {
        if (translation.translationOf == null) {
            return null;
        }
        return "The bilingual checks need the paragraphs of this translation aligned with those of "
                + translation.translationOf.label() + ", and they are not.";
    }
}
