package dev.parallax.compare;

import dev.parallax.align.WorkbenchLexicon;
import dev.parallax.align.engine.score.CorpusLexicon;
import dev.parallax.align.engine.score.LearntLexicon;
import dev.parallax.compare.engine.WordLinks;
import dev.parallax.term.TermService;
import dev.parallax.term.engine.TermIndex;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The {@link WordLinks} of the moment: the shared termbase index and the workbench's learnt word list, as the
 * aligned page and the differences API link words across languages. Made anew when either changes.
 */
@ApplicationScoped
public class CrossLanguageLinks {

    @Inject
    TermService terms;
    @Inject
    WorkbenchLexicon lexicon;

    private record Current(TermIndex index, CorpusLexicon lexicon, WordLinks links) {
    }

    private volatile Current current;

    public WordLinks links() {
        TermIndex index = terms.index();
        CorpusLexicon words = lexicon.current();
        Current c = current;
        if (c == null || c.index() != index || c.lexicon() != words) {
            c = new Current(index, words, new WordLinks(new TermbaseLookup(index), pairs(words)));
            current = c;
        }
        return c.links();
    }

    /** The learnt word list as the engine reads it: a word's pair id towards the other language, or -1. */
    static WordLinks.WordPairs pairs(CorpusLexicon lexicon) {
        if (lexicon.sizes().isEmpty()) {
            return WordLinks.WordPairs.NONE;
        }
        return (language, other) -> {
            LearntLexicon pairs = lexicon.forPair(language, other);
            return form -> {
                Integer id = pairs.pairOf(form, true);
                return id == null ? -1 : id;
            };
        };
    }
}
