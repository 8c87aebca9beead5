package dev.parallax.align.engine.score;

/**
 * Gale &amp; Church (1993): the length of a translation is about {@code ratio} times the original's,
 * with a variance growing with the length. The cost is −log of the two-sided tail probability of the
 * observed difference. The length used for the mean is the average of both sides (in source units), so
 * the cost is symmetric and does not explode when one side is short.
 */
public final class LengthModel {

    /** Gale &amp; Church's variance of the length difference per character (de/fr/en sentences). */
    public static final double VARIANCE_PER_CHAR = 6.8;
    private static final double MAX_COST = 25;

    private final double ratio;
    private final double variance;

    public LengthModel(double ratio) {
        this(ratio, VARIANCE_PER_CHAR);
    }

    public LengthModel(double ratio, double variancePerChar) {
        this.ratio = ratio;
        this.variance = variancePerChar;
    }

    public double variancePerChar() {
        return variance;
    }

    public double ratio() {
        return ratio;
    }

    public double cost(int lengthA, int lengthB) {
        double mean = Math.max(1.0, (lengthA + lengthB / ratio) / 2.0);
        double delta = (lengthB - lengthA * ratio) / Math.sqrt(mean * variance);
        double tail = 2 * (1 - normalCdf(Math.abs(delta)));
        return tail <= 0 ? MAX_COST : Math.min(MAX_COST, -Math.log(tail));
    }

    /** Abramowitz &amp; Stegun 26.2.17, accurate to 7.5e-8: plenty for a cost. */
    static double normalCdf(double x) {
        double t = 1 / (1 + 0.2316419 * Math.abs(x));
        double d = 0.3989423 * Math.exp(-x * x / 2);
        double p = d * t * (0.3193815 + t * (-0.3565638 + t * (1.781478 + t * (-1.821256 + t * 1.330274))));
        return x >= 0 ? 1 - p : p;
    }

    /**
     * Characters of a language per character of English, from parallel corpora (UN, Europarl, NTREX):
     * only a starting point; the second pass measures the ratio on the texts' own links.
     */
    public static double charsPerEnglishChar(String language) {
        if (language == null) {
            return 1.0;
        }
        return switch (language.toLowerCase(java.util.Locale.ROOT)) {
            case "de" -> 1.12;
            case "fr", "es", "it", "pt" -> 1.12;
            case "ar" -> 0.80;
            case "fa" -> 0.85;
            case "ru" -> 1.05;
            default -> 1.0;
        };
    }
}
