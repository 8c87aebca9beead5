package dev.parallax.align.engine.support;

import dev.parallax.align.engine.TextVersion;
import dev.parallax.align.engine.score.AlignerSettings;
import dev.parallax.align.engine.score.BeadScorer;
import dev.parallax.align.engine.score.FeatureExtractor;
import dev.parallax.align.engine.score.LearntLexicon;
import dev.parallax.align.engine.score.LengthModel;
import dev.parallax.align.engine.score.PairMode;
import dev.parallax.align.engine.score.UnitFeatures;
import dev.parallax.text.LanguageTags;

import java.nio.file.Path;
import java.util.List;

/**
 * Two versions of the seed story with their features and a calibrated scorer, made as the aligner's first pass
 * makes them (length ratio from the languages, default settings), for the unit tests of the engine's parts.
 */
public record SeedPair(TextVersion a, TextVersion b, PairMode mode, FeatureExtractor extractor, List<UnitFeatures> fa,
                       List<UnitFeatures> fb, BeadScorer scorer) {

    public static final Path FOLDER = Path.of("translations/assad-tehran-visit");

    /** The versions by their keys, e.g. {@code syrian-observer.en} and {@code sana.ar}. */
    public static SeedPair of(String keyA, String keyB) {
        List<TextVersion> versions = StoryFolder.versions(FOLDER);
        TextVersion a = versions.stream().filter(v -> v.id().equals(keyA)).findFirst().orElseThrow();
        TextVersion b = versions.stream().filter(v -> v.id().equals(keyB)).findFirst().orElseThrow();
        // Arabic and Persian are the seed story's right-to-left (Arabic-script) languages
        PairMode mode = PairMode.of(a.language(), b.language(), LanguageTags.isRightToLeft(a.language()),
                LanguageTags.isRightToLeft(b.language()));
        FeatureExtractor extractor = new FeatureExtractor(mode, a.language(), b.language());
        List<List<UnitFeatures>> f = extractor.extract(a.paragraphs(), FeatureExtractor.tokenize(a.paragraphs()),
                b.paragraphs(), FeatureExtractor.tokenize(b.paragraphs()), LearntLexicon.EMPTY);
        double ratio = mode == PairMode.SAME_LANGUAGE ? 1.0
                : LengthModel.charsPerEnglishChar(b.language()) / LengthModel.charsPerEnglishChar(a.language());
        BeadScorer scorer = BeadScorer.calibrate(AlignerSettings.defaults(), mode, new LengthModel(ratio), f.get(0), f.get(1),
                extractor.weights());
        return new SeedPair(a, b, mode, extractor, f.get(0), f.get(1), scorer);
    }

    /** The raw weighted similarity of paragraph i of a and paragraph j of b. */
    public double similarity(int i, int j) {
        return scorer.similarity(fa.get(i).keys(), fb.get(j).keys());
    }
}
