package dev.parallax.align.engine.score;

import dev.parallax.align.engine.score.AlignerSettings;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The cost of a bead = simWeight · (1 − z) + lengthWeight · Gale–Church cost + a prior for the bead's
 * shape, where z is the Dice similarity of the two sides' key sets calibrated for this pair of versions:
 * 0 at the similarity of random unit pairs, 1 at the similarity typical of the best match of a unit.
 *
 * <p>Why calibrate: a Dice of 0.3 is a sure link between English and Arabic (only names match) and a sure
 * non-link between two English texts; calibrating per pair of versions puts every language pair on the
 * same scale, the way vecalign normalises cosines by those of random pairs. The "typical best" level has a
 * floor, so that two texts with nothing in common (or one paragraph only) are not calibrated into links.
 */
public final class BeadScorer {

    /**
     * What a true link typically scores when the texts are too short to tell: the estimate from the
     * texts is shrunk towards it with a weight of {@link #PRIOR_UNITS} units, so a one-paragraph version
     * is not calibrated into linking its best (but unrelated) match.
     */
    private static final double SAME_LANGUAGE_GOOD_PRIOR = 0.9;
    private static final double OTHER_GOOD_PRIOR = 0.85;
    private static final double PRIOR_UNITS = 5;
    /** The chance level when there are too few unit pairs to sample it. */
    private static final double RANDOM_PRIOR = 0.3;
    private static final int SAMPLES = 300;

    private final AlignerSettings settings;
    private final LengthModel length;
    private final double randomSim;
    private final double goodSim;

    private final double[] weights;
    private final double skipCost;
    private double zFloor = -1;
    private SentenceEvidence evidence;
    private double evidenceWeight;

    /** The same scorer, charging {@code weight} per sentence link of {@code evidence} a bead cuts. */
    public BeadScorer withEvidence(SentenceEvidence evidence, double weight) {
        BeadScorer s = withSkipCost(skipCost);
        s.evidence = evidence;
        s.evidenceWeight = weight;
        return s;
    }

    /** The sentence alignment's links, or null. */
    public SentenceEvidence evidence() {
        return evidence;
    }

    public double evidenceWeight() {
        return evidenceWeight;
    }

    /** The same scorer, with calibrated similarities below {@code floor} counted as {@code floor}. */
    public BeadScorer withSimilarityFloor(double floor) {
        BeadScorer s = new BeadScorer(settings, length, randomSim, goodSim, weights, skipCost);
        s.zFloor = floor;
        s.evidence = evidence;
        s.evidenceWeight = evidenceWeight;
        return s;
    }

    public BeadScorer(AlignerSettings settings, LengthModel length, double randomSim, double goodSim,
                      double[] weights) {
        this(settings, length, randomSim, goodSim, weights, settings.skipCost());
    }

    private BeadScorer(AlignerSettings settings, LengthModel length, double randomSim, double goodSim,
                       double[] weights, double skipCost) {
        this.skipCost = skipCost;
        this.weights = weights;
        this.settings = settings;
        this.length = length;
        this.randomSim = randomSim;
        this.goodSim = goodSim;
    }

    public static BeadScorer calibrate(AlignerSettings settings, PairMode mode, LengthModel length,
                                       List<UnitFeatures> a, List<UnitFeatures> b, double[] weights) {
        SplittableRandom rnd = new SplittableRandom(20240509L);
        int n = a.size(), m = b.size();
        double randomSum = 0;
        int samples = Math.min(SAMPLES, n * m);
        for (int s = 0; s < samples; s++) {
            randomSum += SortedKeys.weightedDice(a.get(rnd.nextInt(n)).keys(), b.get(rnd.nextInt(m)).keys(), weights);
        }
        double random = samples == 0 ? 0 : randomSum / samples;
        // the typical best match, measured from the shorter version: more of its units have a counterpart
        boolean fromA = n <= m;
        List<UnitFeatures> rowsSide = fromA ? a : b;
        List<UnitFeatures> colsSide = fromA ? b : a;
        int rn = rowsSide.size(), cn = colsSide.size();
        int rows = Math.min(SAMPLES, rn);
        int window = Math.max(10, cn / 10);
        double[] colWeight = new double[cn];
        for (int j = 0; j < cn; j++) {
            colWeight[j] = weightOf(colsSide.get(j).keys(), weights);
        }
        // the row's keys are marked once; each column then costs one pass over its own keys
        boolean[] marked = new boolean[weights.length];
        double[] sorted = new double[rows];
        for (int s = 0; s < rows; s++) {
            int i = rows == rn ? s : rnd.nextInt(rn);
            int[] rowKeys = rowsSide.get(i).keys();
            double rowWeight = weightOf(rowKeys, weights);
            for (int k : rowKeys) {
                marked[k] = true;
            }
            int centre = (int) ((long) i * cn / Math.max(1, rn));
            double max = 0;
            for (int j = Math.max(0, centre - window); j < Math.min(cn, centre + window + 1); j++) {
                double both = 0;
                for (int k : colsSide.get(j).keys()) {
                    if (marked[k]) {
                        both += weights[k];
                    }
                }
                double total = rowWeight + colWeight[j];
                max = Math.max(max, total == 0 ? 0 : 2 * both / total);
            }
            for (int k : rowKeys) {
                marked[k] = false;
            }
            sorted[s] = max;
        }
        Arrays.sort(sorted);
        double good = sorted.length == 0 ? 0 : sorted[sorted.length / 2];
        double prior = mode == PairMode.SAME_LANGUAGE ? SAME_LANGUAGE_GOOD_PRIOR : OTHER_GOOD_PRIOR;
        good = (good * sorted.length + prior * PRIOR_UNITS) / (sorted.length + PRIOR_UNITS);
        if (n * m < 4) {
            random = Math.min(random, RANDOM_PRIOR);
        }
        good = Math.max(good, random + 0.1);
        return new BeadScorer(settings, length, random, good, weights);
    }

    private static double weightOf(int[] keys, double[] weights) {
        double w = 0;
        for (int k : keys) {
            w += weights[k];
        }
        return w;
    }

    /** The raw (uncalibrated) weighted Dice similarity. */
    public double similarity(int[] keysA, int[] keysB) {
        return SortedKeys.weightedDice(keysA, keysB, weights);
    }

    public double randomSimilarity() {
        return randomSim;
    }

    public double goodSimilarity() {
        return goodSim;
    }

    public LengthModel lengthModel() {
        return length;
    }

    /** The calibrated similarity z: 0 = chance, 1 = a typical true link. */
    public double calibrated(int[] keysA, int[] keysB) {
        double sim = SortedKeys.weightedDice(keysA, keysB, weights);
        return (sim - randomSim) / (goodSim - randomSim);
    }

    public double linkCost(int[] keysA, int lengthA, int countA, int sentencesA,
                           int[] keysB, int lengthB, int countB, int sentencesB) {
        return linkCostOfSimilarity(SortedKeys.weightedDice(keysA, keysB, weights), lengthA, countA, lengthB, countB)
                + sentenceCost(sentencesA, sentencesB);
    }

    /** The key weights the similarity uses (indexed by key id); read-only. */
    public double[] weights() {
        return weights;
    }

    /**
     * {@link #linkCost} from an already computed raw similarity: lets the DP compute the weighted Dice of
     * many beads at once from per-unit data instead of merging key arrays per cell.
     */
    public double linkCostOfSimilarity(double sim, int lengthA, int countA, int lengthB, int countB) {
        double z = Math.max(zFloor, Math.min(1, (sim - randomSim) / (goodSim - randomSim)));
        // the dissimilarity is paid per unit (as in vecalign), so merging two good links into one bead is
        // never cheaper than keeping them apart unless the merge really explains the text better
        return settings.simWeight() * (1 - z) * (countA + countB) / 2.0
                + settings.lengthWeight() * length.cost(lengthA, lengthB) + shapeCost(countA, countB);
    }

    /** Cost of a link whose sides hold these numbers of sentences (see {@link AlignerSettings#sentenceWeight}). */
    public double sentenceCost(int sentencesA, int sentencesB) {
        return settings.sentenceWeight() * Math.min(MAX_SENTENCE_DIFFERENCE, Math.abs(sentencesA - sentencesB));
    }

    private static final int MAX_SENTENCE_DIFFERENCE = 3;

    public double skipCost() {
        return skipCost;
    }

    /** The same scorer with another cost of leaving a unit unaligned. */
    public BeadScorer withSkipCost(double cost) {
        BeadScorer s = new BeadScorer(settings, length, randomSim, goodSim, weights, cost);
        s.zFloor = zFloor;
        s.evidence = evidence;
        s.evidenceWeight = evidenceWeight;
        return s;
    }

    double shapeCost(int countA, int countB) {
        if (countA == 1 && countB == 1) {
            return 0;
        }
        if (countA == 2 && countB == 2) {
            return settings.doubleMergeCost();
        }
        if (countA + countB == 3) {
            return settings.mergeCost();
        }
        return settings.tripleMergeCost();
    }

    /**
     * A link's confidence: how much cheaper it is than leaving its units unaligned, squashed to 0..1.
     * A skip's confidence is computed by the caller from the best link the unit could have had.
     */
    public double linkConfidence(double cost, int units) {
        double margin = units * skipCost - cost;
        return 1 / (1 + Math.exp(-4 * margin));
    }
}
