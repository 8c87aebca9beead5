package dev.parallax.align;

import dev.parallax.align.engine.Alignment;
import dev.parallax.align.engine.LexiconLearner;
import dev.parallax.align.engine.TextVersion;
import dev.parallax.align.engine.support.StoryFolder;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

/** The seed story through the cache: unchanged texts cost nothing, an edit re-aligns locally. */
class AlignmentCacheTest {

    final List<TextVersion> seed = StoryFolder.versions(Path.of("translations/assad-tehran-visit"));

    @Test
    void sameTextsReturnTheCachedAlignment() {
        AlignmentCache cache = new AlignmentCache();
        Alignment first = cache.align(seed, List.of());
        assertSame(first, cache.align(List.copyOf(seed), List.of()));
        assertEquals(1, cache.stats().full());
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
    void anEditedParagraphIsReAlignedLocallyWithTheSameRows() {
        AlignmentCache cache = new AlignmentCache();
        Alignment before = cache.align(seed, List.of());
        List<TextVersion> edited = new ArrayList<>(seed);
        TextVersion sana = seed.get(1);
        List<String> paragraphs = new ArrayList<>(sana.paragraphs());
        paragraphs.set(5, paragraphs.get(5).replace("For his part, ", "For his part, and in a long speech, "));
        edited.set(1, new TextVersion(sana.id(), sana.language(), paragraphs));
        Alignment after = cache.align(edited, List.of());
        assertEquals(1, cache.stats().full());
        assertEquals(1, cache.stats().local());
        assertEquals(before.rows().stream().map(r -> r.cells()).toList(), after.rows().stream().map(r -> r.cells()).toList());
    }

    @Test
    void aNewParagraphCountAlignsAfresh() {
        AlignmentCache cache = new AlignmentCache();
        cache.align(seed, List.of());
        List<TextVersion> edited = new ArrayList<>(seed);
        TextVersion nournews = seed.get(2);
        edited.set(2, new TextVersion(nournews.id(), nournews.language(),
                List.of(nournews.paragraphs().get(0), "Assad returned to Damascus the same day.")));
        cache.align(edited, List.of());
        assertEquals(2, cache.stats().full());
    }

    @Test
    void aNewWordListForgetsWhatWasAlignedWithoutIt() {
        AlignmentCache cache = new AlignmentCache();
        Alignment without = cache.align(seed, List.of());
        cache.useLexicon(new LexiconLearner().learn(List.of(seed)));
        Alignment with = cache.align(seed, List.of());
        assertNotSame(without, with, "aligned again with the word list, not taken from the cache");
        assertEquals(2, cache.stats().full());
        // the seed story's rows do not depend on it
        assertEquals(without.rows().stream().map(r -> r.cells()).toList(), with.rows().stream().map(r -> r.cells()).toList());
    }
}
