package dev.parallax.align.engine.score;

import dev.parallax.align.engine.score.LengthModel;

/**
 * The tunable weights of the aligner. The defaults were tuned on the development data only
 * (Text+Berg {@code dev.*}, NTREX documents not used in the reported cases were not available separately,
 * so NTREX cases use a different seed from the tuning runs); see docs/benchmarks-align.md.
 *
 * @param simWeight       weight of (1 − calibrated similarity) in a bead's cost
 * @param lengthWeight    weight of the Gale–Church length cost
 * @param skipCost        cost of leaving one unit unaligned (1-0 or 0-1)
 * @param mergeCost       extra cost of a 2-1 or 1-2 bead
 * @param doubleMergeCost extra cost of a 2-2 bead
 * @param tripleMergeCost extra cost of a 3-1 or 1-3 bead
 * @param moveThreshold   calibrated similarity a non-monotonic (moved) link needs
 * @param minBand         smallest half-width of the DP band, in units
 * @param secondPass      learn a lexicon from the first pass and align again (hunalign-style)
 * @param realignWindow   rows on each side of an edited paragraph that {@link dev.parallax.align.engine.Aligner#realign} recomputes
 * @param parallelSkipBoost how much dearer a skip gets (skipCost · (1 + boost)) when the two versions'
 *                        total lengths agree with the length ratio, i.e. they look like complete
 *                        translations of each other (ramped in between 0.70 and 0.85 agreement)
 * @param parallelSimFloor  in such versions, calibrated similarities below this count as this: between
 *                        languages that share few words, "no shared key" is weak evidence against a
 *                        link, and the length model decides (-1 = no floor)
 * @param sentenceWeight  cost per sentence of difference between the two sides of a link (sentence counts
 *                        from {@link dev.parallax.text.SentenceSplitter}, at most 3 counted): translators keep sentence
 *                        boundaries far more often than not, and the count is language-independent
 *                        (0 for sentence-level alignment, where every unit is one sentence)
 * @param lengthVariance  variance of the length difference per character in the Gale–Church model for
 *                        versions whose total lengths agree (complete translations; ramped in from
 *                        Gale and Church's 6.8 between 0.55 and 0.70 agreement); paragraphs of a
 *                        translation vary in length far more than the sentences Gale and Church measured
 * @param sentenceLinkWeight for paragraphs: the versions' sentences are aligned first (with these settings,
 *                        sentence-level), and a paragraph bead pays this much per sentence link it cuts
 *                        (0 = no sentence pass)
 */
public record AlignerSettings(double simWeight, double lengthWeight, double skipCost, double mergeCost,
                              double doubleMergeCost, double tripleMergeCost, double moveThreshold,
                              int minBand, boolean secondPass, int realignWindow,
                              double parallelSkipBoost, double parallelSimFloor,
                              double sentenceWeight, double lengthVariance, double sentenceLinkWeight) {

    /**
     * For paragraphs. Merges cost more than skips: versions quote, drop and add whole paragraphs far
     * more often than they fuse two into one, and a short heading must not be swallowed by the
     * paragraph after it.
     */
    public static AlignerSettings defaults() {
        return new AlignerSettings(1.0, 0.5, 0.35, 0.5, 1.6, 1.1, 0.55, 20, true, 2, 2.0, 0.0, 0.5, 40, 0.2);
    }

    /** For sentences inside a row (and sentence benchmarks): translators merge and split sentences often. */
    public static AlignerSettings sentences() {
        return new AlignerSettings(1.0, 0.25, 1.0, 0.5, 1.2, 1.2, 0.55, 20, true, 2, 0.0, -1.0, 0.0, LengthModel.VARIANCE_PER_CHAR, 0.0);
    }

    public AlignerSettings {
        if (simWeight < 0 || lengthWeight < 0 || skipCost < 0 || minBand < 1 || realignWindow < 0
                || lengthVariance <= 0 || parallelSkipBoost < 0 || sentenceWeight < 0 || sentenceLinkWeight < 0 || parallelSimFloor < -1 || parallelSimFloor > 1) {
            throw new IllegalArgumentException("aligner settings must not be negative (band at least 1)");
        }
    }
}
