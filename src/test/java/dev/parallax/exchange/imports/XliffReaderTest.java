package dev.parallax.exchange.imports;

import dev.parallax.align.engine.TextVersion;
import dev.parallax.align.engine.support.StoryFolder;
import dev.parallax.common.ApiException;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The XLIFF 2.0 reader on the seed story's report and SANA as Parallax exports them, and on a hostile file. */
class XliffReaderTest {

    private static ImportedAlignment read(String file) throws IOException {
        return new XliffReader().read(Files.readAllBytes(TmxReaderTest.CORPUS.resolve("xliff").resolve(file)), file);
    }

    @Test
    void theReportAndSanaComeBackAsSourceAndTargetWithTheirMetadata() throws IOException {
        ImportedAlignment xliff = read("seed-story.xlf");
        assertEquals("Syria's Assad Meets Top Iranian Leaders in Surprise Tehran Visit", xliff.title());
        assertEquals(List.of("syrian-observer.en", "sana.en"), xliff.versions().stream().map(ImportedAlignment.Version::key).toList());
        assertEquals(List.of("The Syrian Observer", "SANA"), xliff.versions().stream().map(ImportedAlignment.Version::outlet).toList());
    }

    @Test
    void everyUnitIsARowOfTheReportAndSanasParagraphsSitWhereTheReportQuotesThem() throws IOException {
        ImportedAlignment xliff = read("seed-story.xlf");
        List<TextVersion> seed = StoryFolder.versions(TmxReaderTest.SEED);
        List<String> report = seed.get(0).paragraphs(), sana = seed.get(1).paragraphs();
        assertEquals(report.size(), xliff.rows().size());
        for (int r = 0; r < report.size(); r++) {
            List<List<ImportedAlignment.Paragraph>> row = xliff.rows().get(r);
            assertEquals(List.of(report.get(r)), row.get(0).stream().map(ImportedAlignment.Paragraph::text).toList(), "row " + r);
            List<String> target = row.get(1).stream().map(ImportedAlignment.Paragraph::text).toList();
            assertEquals(r >= 8 && r <= 18 ? List.of(sana.get(r - 8)) : List.of(), target, "row " + r);
        }
    }

    @Test
    void aDoctypeWithEntitiesIsRefused() {
        ApiException refused = assertThrows(ApiException.class, () -> read("xxe.xlf"));
        assertEquals(400, refused.status());
        assertTrue(refused.detail().contains("DOCTYPE"), refused.detail());
    }
}
