package dev.parallax.exchange.imports;

import dev.parallax.align.engine.TextVersion;
import dev.parallax.align.engine.support.GoldRows;
import dev.parallax.align.engine.support.StoryFolder;
import dev.parallax.common.ApiException;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The TMX reader on the seed story as Parallax exports it (five versions, paragraph segments), and on hostile
 * files. The export sits in the importers' fuzz corpus.
 */
class TmxReaderTest {

    static final Path CORPUS = Path.of("src/test/resources/dev/parallax/exchange/ImportersFuzzTestInputs");
    static final Path SEED = Path.of("translations/assad-tehran-visit");

    private static ImportedAlignment read(String file) throws IOException {
        return new TmxReader().read(Files.readAllBytes(CORPUS.resolve("tmx").resolve(file)), file);
    }

    @Test
    void theSeedStorysVersionsComeBackWithTheirMetadataAndTranslationLinks() throws IOException {
        ImportedAlignment tmx = read("seed-story.tmx");
        assertEquals("assad-tehran-visit", tmx.slug());
        assertEquals(List.of("syrian-observer.en", "sana.en", "nournews.en", "sana.ar", "nournews.fa"),
                tmx.versions().stream().map(ImportedAlignment.Version::key).toList());
        assertEquals(List.of("en", "en", "en", "ar", "fa"), tmx.versions().stream().map(ImportedAlignment.Version::language).toList());
        ImportedAlignment.Version arabic = tmx.versions().get(3);
        assertEquals("translation", arabic.kind());
        assertEquals(tmx.versions().get(1).ref(), arabic.translationOf(), "the Arabic translates SANA");
        assertEquals("بشار اسد، رئیس‌جمهور سوریه، به تهران سفر کرد", tmx.versions().get(4).title(), "Persian with its ZWNJ intact");
    }

    @Test
    void theSeedStorysRowsAreTheGoldRowsWithTheParagraphsWordForWord() throws IOException {
        ImportedAlignment tmx = read("seed-story.tmx");
        List<TextVersion> seed = StoryFolder.versions(SEED);
        List<List<List<Integer>>> indices = new ArrayList<>();
        for (List<List<ImportedAlignment.Paragraph>> row : tmx.rows()) {
            List<List<Integer>> cells = new ArrayList<>();
            for (int v = 0; v < row.size(); v++) {
                for (ImportedAlignment.Paragraph p : row.get(v)) {
                    assertEquals(seed.get(v).paragraphs().get(p.index()), p.text(), seed.get(v).id() + " ¶" + p.index());
                }
                cells.add(row.get(v).stream().map(ImportedAlignment.Paragraph::index).toList());
            }
            indices.add(cells);
        }
        assertEquals(GoldRows.read(SEED.resolve("alignment.gold.tsv")).rows(), indices);
    }

    @Test
    void aDoctypeWithEntitiesIsRefusedWithoutReadingTheFileItNames() {
        for (String hostile : List.of("xxe.tmx", "billion-laughs.tmx")) {
            ApiException refused = assertThrows(ApiException.class, () -> read(hostile), hostile);
            assertEquals(400, refused.status());
            assertTrue(refused.detail().contains("DOCTYPE"), refused.detail());
            assertFalse(refused.detail().contains("root:"), "nothing of /etc/passwd");
        }
    }

    @Test
    void aFileThatIsNotTmxSaysWhatItIs() {
        ApiException refused = assertThrows(ApiException.class,
                () -> new TmxReader().read("<xliff version=\"2.0\"/>".getBytes(java.nio.charset.StandardCharsets.UTF_8), "sana.xlf"));
        assertEquals("Not TMX", refused.error());
        assertTrue(refused.detail().contains("<xliff>"), refused.detail());
    }
}
