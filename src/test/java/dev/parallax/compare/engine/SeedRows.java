package dev.parallax.compare.engine;

import dev.parallax.align.engine.TextVersion;
import dev.parallax.align.engine.support.GoldRows;
import dev.parallax.align.engine.support.StoryFolder;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The seed story's versions and its hand-made rows, as cell texts (paragraphs joined by a blank line). */
final class SeedRows {

    static final Path FOLDER = Path.of("translations/assad-tehran-visit");
    static final List<TextVersion> VERSIONS = StoryFolder.versions(FOLDER);
    static final GoldRows GOLD = GoldRows.read(FOLDER.resolve("alignment.gold.tsv"));

    private SeedRows() {
    }

    /** rows.get(r).get(v): the text of version v in row r ("" if none). */
    static List<List<String>> cells() {
        List<List<String>> out = new ArrayList<>();
        for (List<List<Integer>> row : GOLD.rows()) {
            List<String> cells = new ArrayList<>();
            for (int v = 0; v < row.size(); v++) {
                List<String> paragraphs = VERSIONS.get(v).paragraphs();
                cells.add(String.join("\n\n", row.get(v).stream().map(paragraphs::get).toList()));
            }
            out.add(cells);
        }
        return out;
    }

    static String language(int v) {
        return VERSIONS.get(v).language();
    }

    /** Paragraph {@code index} of the version whose file key is {@code key} ("sana.en"). */
    static String paragraph(String key, int index) {
        int v = GOLD.versionKeys().indexOf(key);
        return VERSIONS.get(v).paragraphs().get(index);
    }
}
