package dev.parallax.bench;

import dev.parallax.align.AlignmentCache;
import dev.parallax.align.engine.Aligner;
import dev.parallax.align.engine.score.AlignerSettings;
import dev.parallax.align.engine.Bead;
import dev.parallax.align.engine.PairAlignment;
import dev.parallax.align.engine.StoryPartition;
import dev.parallax.align.engine.StoryPartition.Corrections;
import dev.parallax.align.engine.TextVersion;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Text+Berg de–fr (Sennrich &amp; Volk 2010): sentence alignment of 7 test documents and 1 dev document. */
public final class TextBerg {

    public static final String FOLDER = "textberg-de-fr";
    public static final List<String> TEST = List.of("test0", "test1", "test2", "test3", "test4", "test5", "test6");

    private TextBerg() {
    }

    public static BeadScore score(List<String> documents, AlignerSettings settings) {
        BeadScore score = new BeadScore();
        Aligner aligner = new Aligner(settings, settings);
        for (String doc : documents) {
            Path dir = BenchmarkData.folder(FOLDER);
            List<String> de = lines(dir.resolve(doc + ".de"));
            List<String> fr = lines(dir.resolve(doc + ".fr"));
            PairAlignment pa = aligner.alignPair(new TextVersion(doc + ".de", "de", de), new TextVersion(doc + ".fr", "fr", fr));
            List<BeadScore.B> test = new ArrayList<>();
            for (Bead b : pa.beads()) {
                test.add(new BeadScore.B(b.a(), b.b()));
            }
            score.add(gold(dir.resolve(doc + ".defr")), test);
        }
        return score;
    }

    /**
     * The documents posted as versions, one sentence per paragraph, and aligned as the application aligns a
     * story (its one alignment, {@link AlignmentCache#partition}, with the default paragraph settings), scored
     * on the rows of the two-version view the API returns.
     */
    public static BeadScore scoreAsStory(List<String> documents) {
        BeadScore score = new BeadScore();
        AlignmentCache cache = new AlignmentCache();
        Path dir = BenchmarkData.folder(FOLDER);
        for (String doc : documents) {
            List<TextVersion> versions = List.of(new TextVersion(doc + ".de", "de", lines(dir.resolve(doc + ".de"))),
                    new TextVersion(doc + ".fr", "fr", lines(dir.resolve(doc + ".fr"))));
            StoryPartition partition = cache.partition(documents.indexOf(doc), versions, new int[] {-1, -1}, Corrections.NONE);
            List<BeadScore.B> test = new ArrayList<>();
            for (StoryPartition.ViewRow r : partition.project(List.of(0, 1))) {
                test.add(new BeadScore.B(r.row().cells().get(0), r.row().cells().get(1)));
            }
            score.add(gold(dir.resolve(doc + ".defr")), test);
        }
        return score;
    }

    /** Prints strict and lax P / R / F1 of the test documents, aligned as a pair with sentence settings and as a story. */
    public static void main(String[] args) {
        BeadScore pair = score(TEST, AlignerSettings.sentences());
        BeadScore story = scoreAsStory(TEST);
        System.out.println("| Text+Berg de–fr test0–6 | strict P / R / F1 | lax F1 |\n|---|---|---|");
        System.out.printf(java.util.Locale.ROOT, "| pair, sentence settings | %.3f / %.3f / **%.3f** | %.3f |%n",
                pair.strictPrecision(), pair.strictRecall(), pair.strictF1(), pair.laxF1());
        System.out.printf(java.util.Locale.ROOT, "| versions of a story (as the API) | %.3f / %.3f / **%.3f** | %.3f |%n",
                story.strictPrecision(), story.strictRecall(), story.strictF1(), story.laxF1());
    }

    public static List<String> lines(Path p) {
        try {
            // a blank line is still a sentence position of the gold; keep it as a unit of its own
            return Files.readAllLines(p, StandardCharsets.UTF_8).stream().map(l -> l.isBlank() ? "·" : l).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<BeadScore.B> gold(Path p) {
        List<BeadScore.B> out = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                String[] sides = line.split("\\]:\\[");
                out.add(new BeadScore.B(ints(sides[0].replace("[", "")), ints(sides[1].replace("]", ""))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static List<Integer> ints(String s) {
        String t = s.strip();
        return t.isEmpty() ? List.of() : Arrays.stream(t.split(",")).map(x -> Integer.parseInt(x.strip())).toList();
    }
}
