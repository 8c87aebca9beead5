package dev.parallax.align;

import dev.parallax.align.engine.LexiconLearner;
import dev.parallax.align.engine.StoryPartition;
import dev.parallax.align.engine.StoryPartition.Corrections;
import dev.parallax.align.engine.TextVersion;
import dev.parallax.align.engine.support.StoryFolder;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

/** The seed story through the cache: unchanged texts cost nothing, an edit re-aligns only its version's pairs. */
class AlignmentCacheTest {

    static final int[] SOURCE_OF = {-1, -1, -1, 1, 2};
    final List<TextVersion> seed = StoryFolder.versions(Path.of("translations/assad-tehran-visit"));

    static List<List<List<Integer>>> cells(StoryPartition p) {
        return p.project(List.of(0, 1, 2, 3, 4)).stream().map(r -> r.row().cells()).toList();
    }

    @Test
    void sameTextsReturnTheCachedAlignment() {
        AlignmentCache cache = new AlignmentCache();
        StoryPartition first = cache.partition(1, seed, SOURCE_OF, Corrections.NONE);
        assertSame(first, cache.partition(1, List.copyOf(seed), SOURCE_OF.clone(), Corrections.NONE));
        assertEquals(new AlignmentCache.Stats(10, 1), cache.stats(), "five versions: ten pairs, aligned once");
    }

    /** A row's sentences (here the SANA report's first paragraph beside Nournews' Persian) are aligned once per text. */
    @Test
    void aRowsSentencesAreAlignedOncePerText() {
        AlignmentCache cache = new AlignmentCache();
        TextVersion sana = new TextVersion("sana", seed.get(1).language(), List.of(seed.get(1).paragraphs().get(0)));
        TextVersion fa = seed.stream().filter(v -> v.language().equals("fa")).findFirst().orElseThrow();
        TextVersion persian = new TextVersion("fa", "fa", List.of(fa.paragraphs().get(0)));
        var first = cache.alignSentences(List.of(sana, persian));
        assertSame(first, cache.alignSentences(List.of(new TextVersion("sana", sana.language(), List.copyOf(sana.paragraphs())), persian)));
        assertEquals(first, cache.aligner().alignSentences(List.of(sana, persian)), "the cached answer is the aligner's");
        TextVersion edited = new TextVersion("sana", sana.language(), List.of(sana.paragraphs().get(0) + " He left on Monday."));
        assertNotSame(first, cache.alignSentences(List.of(edited, persian)), "an edited cell is aligned again");
        cache.useLexicon(new LexiconLearner().learn(List.of(seed)));
        assertNotSame(first, cache.alignSentences(List.of(sana, persian)), "a new word list aligns again");
    }

    @Test
    void anEditedParagraphReAlignsOnlyThePairsOfItsVersion() {
        AlignmentCache cache = new AlignmentCache();
        StoryPartition before = cache.partition(1, seed, SOURCE_OF, Corrections.NONE);
        List<TextVersion> edited = new ArrayList<>(seed);
        TextVersion sana = seed.get(1);
        List<String> paragraphs = new ArrayList<>(sana.paragraphs());
        paragraphs.set(5, paragraphs.get(5).replace("For his part, ", "For his part, and in a long speech, "));
        edited.set(1, new TextVersion(sana.id(), sana.language(), paragraphs));
        StoryPartition after = cache.partition(1, edited, SOURCE_OF, Corrections.NONE);
        assertEquals(new AlignmentCache.Stats(14, 2), cache.stats(), "the four pairs with SANA aligned again, no other");
        assertEquals(cells(before), cells(after));
    }

    @Test
    void aNewWordListForgetsWhatWasAlignedWithoutIt() {
        AlignmentCache cache = new AlignmentCache();
        StoryPartition without = cache.partition(1, seed, SOURCE_OF, Corrections.NONE);
        cache.useLexicon(new LexiconLearner().learn(List.of(seed)));
        StoryPartition with = cache.partition(1, seed, SOURCE_OF, Corrections.NONE);
        assertNotSame(without, with, "aligned again with the word list, not taken from the cache");
        assertEquals(new AlignmentCache.Stats(20, 2), cache.stats());
        // the seed story's rows do not depend on it
        assertEquals(cells(without), cells(with));
    }
}
