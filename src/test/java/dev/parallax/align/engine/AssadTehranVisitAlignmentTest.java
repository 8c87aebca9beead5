package dev.parallax.align.engine;

import dev.parallax.align.engine.support.GoldRows;
import dev.parallax.align.engine.support.StoryFolder;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The seed story: English report quoting SANA and Nournews, with Arabic and Persian translations. */
class AssadTehranVisitAlignmentTest {

    static final Path FOLDER = Path.of("translations/assad-tehran-visit");
    final List<TextVersion> versions = StoryFolder.versions(FOLDER);
    final GoldRows gold = GoldRows.read(FOLDER.resolve("alignment.gold.tsv"));
    final Aligner aligner = aligner();

    /** The aligner under test; {@code …WithTermbaseTest} adds the starter termbase's anchors, as the application does. */
    Aligner aligner() {
        return new Aligner();
    }

    @Test
    void goldNamesTheVersionsInFileOrder() {
        assertEquals(gold.versionKeys(), versions.stream().map(TextVersion::id).toList());
    }

    @Test
    void everyPairOfVersionsReproducesTheGold() {
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < versions.size(); i++) {
            for (int j = i + 1; j < versions.size(); j++) {
                PairAlignment pair = aligner.alignPair(versions.get(i), versions.get(j));
                TreeSet<String> got = new TreeSet<>();
                pair.beads().forEach(b -> got.add(b.a() + "|" + b.b()));
                TreeSet<String> expected = gold.pairBeads(i, j);
                if (!got.equals(expected)) {
                    TreeSet<String> missing = new TreeSet<>(expected);
                    missing.removeAll(got);
                    TreeSet<String> extra = new TreeSet<>(got);
                    extra.removeAll(expected);
                    wrong.add(versions.get(i).id() + " × " + versions.get(j).id() + ": missing " + missing + ", extra " + extra);
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void fiveWayRowsWithTheReportAsBaseAreTheGoldRows() {
        Alignment alignment = aligner.align(versions);
        List<List<List<Integer>>> rows = alignment.rows().stream().map(Row::cells).toList();
        assertEquals(gold.rows(), rows);
    }
}
