package dev.parallax.align.engine;

import dev.parallax.align.engine.score.AlignerSettings;
import dev.parallax.align.engine.score.Anchors;
import dev.parallax.text.SentenceSplitter;
import dev.parallax.align.engine.dp.BandedAligner;
import dev.parallax.align.engine.dp.SegmentBead;
import dev.parallax.align.engine.score.BeadScorer;
import dev.parallax.align.engine.score.CorpusLexicon;
import dev.parallax.align.engine.score.FeatureExtractor;
import dev.parallax.align.engine.score.LearntLexicon;
import dev.parallax.align.engine.score.LengthModel;
import dev.parallax.align.engine.score.PairMode;
import dev.parallax.align.engine.score.SentenceEvidence;
import dev.parallax.align.engine.score.UnitFeatures;
import dev.parallax.text.ScriptFolding;
import dev.parallax.text.Token;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Aligns two sequences of units (paragraphs or sentences): a monotonic banded DP between the forced
 * beads, a second pass with a lexicon learnt from the first, then a search for moved units among what
 * the DP left unaligned. For paragraphs the versions' sentences are aligned that way first, and the
 * paragraph rows are read off the sentence links ({@link SentenceGroups}); the paragraph DP then runs
 * only around fixed beads (editors' corrections, rows kept by re-alignment).
 */
final class PairwiseAligner {

    /** Links a pass must have before their length ratio replaces the language prior. */
    private static final int MIN_LINKS_FOR_RATIO = 5;

    private final AlignerSettings settings;

    private final CorpusLexicon corpus;

    PairwiseAligner(AlignerSettings settings) {
        this(settings, CorpusLexicon.EMPTY);
    }

    PairwiseAligner(AlignerSettings settings, CorpusLexicon corpus) {
        this(settings, corpus, Anchors.NONE);
    }

    PairwiseAligner(AlignerSettings settings, CorpusLexicon corpus, Anchors anchors) {
        this.settings = settings;
        this.corpus = corpus;
        this.anchors = anchors;
    }

    private final Anchors anchors;

    PairAlignment align(String idA, String langA, List<String> unitsA, String idB, String langB, List<String> unitsB,
                        List<Bead> forced) {
        return align(idA, langA, unitsA, idB, langB, unitsB, forced, List.of());
    }

    /**
     * @param forced  links an editor confirmed or made: kept; a link that crosses the alignment the other
     *                units get without it (a moved paragraph linked by hand) is kept as a moved link
     *                instead of cutting the DP in two at the wrong place
     * @param anchors links known to be in order (rows kept by {@link Aligner#realign}): kept and used as
     *                segment boundaries without checking
     */
    PairAlignment align(String idA, String langA, List<String> unitsA, String idB, String langB, List<String> unitsB,
                        List<Bead> forced, List<Bead> anchors) {
        List<Bead> allForced = new ArrayList<>(forced);
        allForced.addAll(anchors);
        SentenceEvidence evidence = settings.sentenceLinkWeight() > 0
                ? sentenceEvidence(langA, unitsA, langB, unitsB) : null;
        if (evidence != null && allForced.isEmpty()) {
            // nothing fixed: the sentence alignment alone decides the rows (see SentenceGroups), and the
            // paragraph DP, which would only lend its confidences, is not worth its time
            return new PairAlignment(idA, idB, inFirstVersionOrder(
                    SentenceGroups.of(singles(unitsA.size(), unitsB.size()), evidence, unitsA.size(), unitsB.size()),
                    unitsB.size()));
        }
        List<List<Token>> tokA = FeatureExtractor.tokenize(unitsA);
        List<List<Token>> tokB = FeatureExtractor.tokenize(unitsB);
        PairMode mode = PairMode.of(langA, langB, isArabicScript(tokA), isArabicScript(tokB));
        FeatureExtractor extractor = new FeatureExtractor(mode, langA, langB, corpus.forPair(langA, langB), this.anchors);
        List<List<UnitFeatures>> f = extractor.extract(unitsA, tokA, unitsB, tokB, LearntLexicon.EMPTY);
        double ratio = mode == PairMode.SAME_LANGUAGE ? 1.0
                : LengthModel.charsPerEnglishChar(langB) / LengthModel.charsPerEnglishChar(langA);
        BeadScorer scorer = withEvidence(scorerFor(mode, ratio, f, extractor.weights()), evidence);
        Segmentation seg = Segmentation.of(unitsA.size(), unitsB.size(), allForced);
        List<Bead> editorLinks = forced.stream().filter(Bead::isLink).toList();
        if (!editorLinks.isEmpty()) {
            // align the other units without cutting at the editor's links, then keep as boundaries only the
            // links that no link of that alignment crosses
            java.util.Set<Bead> loose = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            loose.addAll(editorLinks);
            List<Bead> free = alignFree(Segmentation.of(unitsA.size(), unitsB.size(), allForced, loose),
                    f.get(0), f.get(1), scorer, null, new ArrayList<>());
            java.util.Set<Bead> crossing = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            for (Bead e : editorLinks) {
                if (crossesAny(e, free)) {
                    crossing.add(e);
                }
            }
            seg = Segmentation.of(unitsA.size(), unitsB.size(), allForced, crossing);
        }

        List<List<SegmentBead>> paths = new ArrayList<>();
        List<Bead> beads = alignFree(seg, f.get(0), f.get(1), scorer, null, paths);
        LearntLexicon lexicon = LearntLexicon.EMPTY;
        List<int[]> links = confidentOneToOne(beads);
        if (settings.secondPass() && links.size() >= MIN_LINKS_FOR_RATIO) {
            ratio = measuredRatio(links, f.get(0), f.get(1), ratio);
            if (mode != PairMode.SAME_LANGUAGE) {
                lexicon = LearntLexicon.learn(wordsOf(f.get(0)), wordsOf(f.get(1)), links, 2, 0.3);
                f = extractor.extract(unitsA, tokA, unitsB, tokB, lexicon);
            }
            scorer = withEvidence(scorerFor(mode, ratio, f, extractor.weights()), evidence);
            beads = alignFree(seg, f.get(0), f.get(1), scorer, paths, new ArrayList<>());
        }
        beads = MoveFinder.linkMoved(beads, f.get(0), f.get(1), scorer, settings.moveThreshold());
        if (evidence != null) {
            // the sentence alignment decides the grouping; the DP lends its confidences (see SentenceGroups)
            beads = SentenceGroups.of(beads, evidence, unitsA.size(), unitsB.size());
        }
        if (System.getProperty("parallax.debugSims") != null && unitsA.size() * unitsB.size() <= 400) {
            for (int i = 0; i < unitsA.size(); i++) {
                StringBuilder sb = new StringBuilder("   " + i + ":");
                for (int j = 0; j < unitsB.size(); j++) {
                    sb.append(String.format(" %.2f", scorer.similarity(f.get(0).get(i).keys(), f.get(1).get(j).keys())));
                }
                System.out.println(sb);
            }
        }
        List<Bead> all = new ArrayList<>(beads);
        all.addAll(seg.forcedBeads());
        return new PairAlignment(idA, idB, inFirstVersionOrder(all, unitsB.size()));
    }

    /** Every unit as a bead of its own, without a confidence: the free units for {@link SentenceGroups}. */
    private static List<Bead> singles(int n, int m) {
        List<Bead> out = new ArrayList<>(n + m);
        for (int i = 0; i < n; i++) {
            out.add(new Bead(List.of(i), List.of(), Double.NaN, false));
        }
        for (int j = 0; j < m; j++) {
            out.add(new Bead(List.of(), List.of(j), Double.NaN, false));
        }
        return out;
    }

    /**
     * The skip cost of the sentence pass: lower than for paragraphs, since a wrongly skipped sentence
     * only cuts no links, while a wrong sentence link pulls two paragraphs together (NTREX seed 7).
     */
    private static final double SENTENCE_PASS_SKIP = 0.25;

    private BeadScorer withEvidence(BeadScorer scorer, SentenceEvidence evidence) {
        return evidence == null ? scorer : scorer.withEvidence(evidence, settings.sentenceLinkWeight());
    }

    /**
     * Aligns the two versions' sentences (the same settings, minus the sentence features and this pass)
     * and counts the sentence links between each pair of paragraphs.
     */
    private SentenceEvidence sentenceEvidence(String langA, List<String> unitsA, String langB, List<String> unitsB) {
        List<String> sa = new ArrayList<>(), sb = new ArrayList<>();
        List<Integer> pa = new ArrayList<>(), pb = new ArrayList<>();
        for (int i = 0; i < unitsA.size(); i++) {
            for (String s : SentenceSplitter.split(unitsA.get(i), langA)) {
                sa.add(s);
                pa.add(i);
            }
        }
        for (int j = 0; j < unitsB.size(); j++) {
            for (String s : SentenceSplitter.split(unitsB.get(j), langB)) {
                sb.add(s);
                pb.add(j);
            }
        }
        if (sa.isEmpty() || sb.isEmpty()) {
            return null; // a version of empty paragraphs (a new translation): nothing to learn from
        }
        PairAlignment sentences = new PairwiseAligner(sentencePassSettings(settings), corpus, anchors).align("a", langA, sa, "b", langB, sb, List.of());
        List<int[]> links = new ArrayList<>();
        List<Double> confidences = new ArrayList<>();
        double[] aloneA = new double[unitsA.size()], aloneB = new double[unitsB.size()];
        int[] aloneCountA = new int[unitsA.size()], aloneCountB = new int[unitsB.size()];
        for (Bead b : sentences.beads()) {
            double score = Double.isNaN(b.score()) ? 0.5 : b.score();
            if (b.b().isEmpty()) {
                for (int i : b.a()) {
                    aloneA[pa.get(i)] += score;
                    aloneCountA[pa.get(i)]++;
                }
            } else if (b.a().isEmpty()) {
                for (int j : b.b()) {
                    aloneB[pb.get(j)] += score;
                    aloneCountB[pb.get(j)]++;
                }
            }
            for (int i : b.a()) {
                for (int j : b.b()) {
                    links.add(new int[] {pa.get(i), pb.get(j)});
                    confidences.add(score);
                }
            }
        }
        for (int i = 0; i < aloneA.length; i++) {
            aloneA[i] = aloneCountA[i] == 0 ? Double.NaN : aloneA[i] / aloneCountA[i];
        }
        for (int j = 0; j < aloneB.length; j++) {
            aloneB[j] = aloneCountB[j] == 0 ? Double.NaN : aloneB[j] / aloneCountB[j];
        }
        return new SentenceEvidence(unitsA.size(), unitsB.size(), links,
                confidences.stream().mapToDouble(Double::doubleValue).toArray(), aloneA, aloneB);
    }

    /**
     * The sentence pass's settings: the paragraph settings minus the sentence features, with a lower skip
     * cost and dearer merges. Translators keep sentence boundaries (98.6 % of NTREX lines split alike in en,
     * ar and fa), so a 1-2 or 1-3 sentence bead is far more often a dropped sentence absorbed by its
     * neighbour than a real merge (line-level F1 on NTREX seed 7: 0.943 → 0.964 with these two costs).
     */
    static AlignerSettings sentencePassSettings(AlignerSettings s) {
        return new AlignerSettings(s.simWeight(), s.lengthWeight(), SENTENCE_PASS_SKIP,
                Math.max(s.mergeCost(), SENTENCE_PASS_MERGE), s.doubleMergeCost(), Math.max(s.tripleMergeCost(), SENTENCE_PASS_TRIPLE),
                s.moveThreshold(), s.minBand(), s.secondPass(), s.realignWindow(), s.parallelSkipBoost(), s.parallelSimFloor(),
                0, s.lengthVariance(), 0);
    }

    private static final double SENTENCE_PASS_MERGE = 1.0, SENTENCE_PASS_TRIPLE = 2.0;

    /** Where the versions' length agreement starts and stops raising the skip cost. */
    private static final double PARALLEL_FROM = 0.60, PARALLEL_FULL = 0.75;
    /** Where the agreement starts and stops widening the length model (see {@link AlignerSettings#lengthVariance}). */
    private static final double VARIANCE_FROM = 0.55, VARIANCE_FULL = 0.70;
    /**
     * Sentence-count agreement (fewer / more sentences) from which the lower ramp applies (0.55 to 0.70
     * length agreement, as for the variance). The seed story's quoting pairs have 0.48 and length
     * agreement 0.54-0.59; NTREX cases ~0.9 and more.
     */
    private static final double SAME_SENTENCES = 0.8;

    /**
     * The scorer for one pass. When the total lengths agree with the length ratio (agreement = shorter /
     * longer of length B and ratio · length A), the versions are probably complete translations of each
     * other: few units lack a counterpart, so skips get dearer, the measured total ratio replaces the
     * language prior, and missing shared keys count less against a link (see {@link AlignerSettings}). A
     * report quoting part of a source, or two different texts on one story, do not agree in length and
     * keep the plain settings. When both versions hold about as many sentences, the ramp starts lower
     * (see {@link #SAME_SENTENCES}): a short translation that dropped a paragraph stays "complete".
     */
    private BeadScorer scorerFor(PairMode mode, double ratio, List<List<UnitFeatures>> f, double[] weights) {
        long la = 0, lb = 0;
        for (UnitFeatures u : f.get(0)) {
            la += u.chars();
        }
        for (UnitFeatures u : f.get(1)) {
            lb += u.chars();
        }
        double expectedB = la * ratio;
        double agreement = Math.min(expectedB, lb) / Math.max(1, Math.max(expectedB, lb));
        long sa = 0, sb = 0;
        for (UnitFeatures u : f.get(0)) {
            sa += u.sentences();
        }
        for (UnitFeatures u : f.get(1)) {
            sb += u.sentences();
        }
        double sentenceAgreement = (double) Math.min(sa, sb) / Math.max(1, Math.max(sa, sb));
        // versions with as many sentences on both sides are more probably complete translations: a dropped
        // paragraph in a short one may then lower the length agreement without losing the parallel settings
        double from = sentenceAgreement >= SAME_SENTENCES ? VARIANCE_FROM : PARALLEL_FROM;
        double full = sentenceAgreement >= SAME_SENTENCES ? VARIANCE_FULL : PARALLEL_FULL;
        double ramp = Math.max(0, Math.min(1, (agreement - from) / (full - from)));
        boolean parallel = ramp > 0 && (settings.parallelSkipBoost() > 0 || settings.parallelSimFloor() > -1);
        double r = parallel && la > 0 && lb > 0 ? (double) lb / la : ratio;
        // paragraph lengths of complete translations vary more than Gale and Church's sentences; versions
        // that only quote each other keep the strict model, so that a similar-length paragraph on the same
        // topic is not linked on length alone
        double variance = LengthModel.VARIANCE_PER_CHAR
                + (Math.max(LengthModel.VARIANCE_PER_CHAR, settings.lengthVariance()) - LengthModel.VARIANCE_PER_CHAR)
                * Math.max(0, Math.min(1, (agreement - VARIANCE_FROM) / (VARIANCE_FULL - VARIANCE_FROM)));
        BeadScorer scorer = BeadScorer.calibrate(settings, mode, new LengthModel(r, variance), f.get(0), f.get(1), weights);
        if (!parallel) {
            return scorer;
        }
        return scorer.withSimilarityFloor(-1 + (settings.parallelSimFloor() + 1) * ramp)
                .withSkipCost(settings.skipCost() * (1 + settings.parallelSkipBoost() * ramp));
    }

    /** Whether some link among {@code beads} lies before {@code e} in one version and after it in the other. */
    static boolean crossesAny(Bead e, List<Bead> beads) {
        int a0 = e.a().get(0), a1 = e.a().get(e.a().size() - 1);
        int b0 = e.b().get(0), b1 = e.b().get(e.b().size() - 1);
        for (Bead l : beads) {
            if (!l.isLink()) {
                continue;
            }
            int la = l.a().get(0), lb = l.b().get(0);
            if ((la < a0 && lb > b1) || (la > a1 && lb < b0)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Beads sorted by their first-version position; a bead with second-version units only goes right
     * after the bead holding the second-version unit before it, which is where a reader expects it.
     */
    static List<Bead> inFirstVersionOrder(List<Bead> beads, int m) {
        int[] aOfB = new int[m];
        Arrays.fill(aOfB, -1);
        for (Bead b : beads) {
            if (b.isLink() && !b.moved()) {
                for (int j : b.b()) {
                    aOfB[j] = Math.max(aOfB[j], b.a().get(b.a().size() - 1));
                }
            }
        }
        int[] before = new int[m + 1];
        before[0] = -1;
        for (int j = 0; j < m; j++) {
            before[j + 1] = Math.max(before[j], aOfB[j]);
        }
        List<Bead> sorted = new ArrayList<>(beads);
        sorted.sort(Comparator.comparingDouble(b -> b.a().isEmpty()
                ? before[b.b().get(0)] + 0.5 + b.b().get(0) * 1e-7 : b.a().get(0)));
        return sorted;
    }

    /**
     * @param previous the DP paths of the first pass, one per segment (null in the first pass): the
     *                 second pass searches a narrow band around them
     * @param paths    receives this pass's DP paths
     */
    private List<Bead> alignFree(Segmentation seg, List<UnitFeatures> a, List<UnitFeatures> b, BeadScorer scorer,
                                 List<List<SegmentBead>> previous, List<List<SegmentBead>> paths) {
        BandedAligner dp = new BandedAligner(scorer, settings.minBand());
        List<Bead> out = new ArrayList<>();
        for (int k = 0; k < seg.segments().size(); k++) {
            int[][] s = seg.segments().get(k);
            int[] ia = s[0], ib = s[1];
            List<SegmentBead> path = dp.align(ia, ib, a, b, previous == null ? null : previous.get(k));
            paths.add(path);
            for (SegmentBead sb : path) {
                List<Integer> ga = slice(ia, sb.aStart(), sb.aLen());
                List<Integer> gb = slice(ib, sb.bStart(), sb.bLen());
                double conf = sb.aLen() > 0 && sb.bLen() > 0
                        ? scorer.linkConfidence(sb.cost(), sb.aLen() + sb.bLen()) : Double.NaN;
                out.add(new Bead(ga, gb, conf, false));
            }
            // 0-1 beads carry their B position in the DP order; give them an A anchor for sorting later
        }
        return SkipConfidence.fill(GapFiller.fill(out, a, b, scorer), a, b, scorer);
    }

    private static List<Integer> slice(int[] idx, int start, int len) {
        List<Integer> out = new ArrayList<>(len);
        for (int k = start; k < start + len; k++) {
            out.add(idx[k]);
        }
        return out;
    }

    private static List<int[]> confidentOneToOne(List<Bead> beads) {
        List<int[]> links = new ArrayList<>();
        for (Bead b : beads) {
            if (b.a().size() == 1 && b.b().size() == 1 && b.score() >= 0.5) {
                links.add(new int[] {b.a().get(0), b.b().get(0)});
            }
        }
        return links;
    }

    /** The median length ratio of the links: robust to the odd wrong link. */
    private static double measuredRatio(List<int[]> links, List<UnitFeatures> a, List<UnitFeatures> b, double prior) {
        double[] r = new double[links.size()];
        int n = 0;
        for (int[] l : links) {
            int la = a.get(l[0]).chars(), lb = b.get(l[1]).chars();
            if (la >= 20 && lb >= 20) {
                r[n++] = (double) lb / la;
            }
        }
        if (n < MIN_LINKS_FOR_RATIO) {
            return prior;
        }
        Arrays.sort(r, 0, n);
        return r[n / 2];
    }

    private static List<List<String>> wordsOf(List<UnitFeatures> f) {
        return f.stream().map(UnitFeatures::words).toList();
    }

    private static boolean isArabicScript(List<List<Token>> tokens) {
        int arabic = 0, latin = 0;
        for (List<Token> ts : tokens) {
            for (Token t : ts) {
                if (t.kind() == Token.Kind.WORD && !t.folded().isEmpty()) {
                    if (ScriptFolding.isArabicLetter(t.folded().charAt(0))) {
                        arabic++;
                    } else {
                        latin++;
                    }
                }
            }
        }
        return arabic > latin;
    }
}
