package dev.parallax.exchange;

import dev.parallax.align.engine.Aligner;
import dev.parallax.exchange.export.TmxWriter;
import dev.parallax.exchange.export.XliffWriter;
import dev.parallax.exchange.imports.ImportedAlignment;
import dev.parallax.exchange.imports.TmxReader;
import dev.parallax.exchange.imports.XliffReader;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Empty paragraphs (a translation not written yet) have no sentence and no text, yet a TMX or XLIFF file
 * written paragraph by paragraph or sentence by sentence gives each of them back, in its place.
 */
class EmptyParagraphSegmentsTest {

    static final List<ExchangeVersion> VERSIONS = List.of(
            new ExchangeVersion("1", "sana.en", "SANA", "en", null, "original", null),
            new ExchangeVersion("2", "sana.ar", "Parallax", "ar", null, "translation", "1"));

    static final List<ExchangeRow> ROWS = List.of(
            row(0, List.of("President al-Assad arrived in Tehran. He met Khamenei."), List.of(0), List.of(""), List.of(0)),
            row(1, List.of("The visit was unannounced.", "Raisi received him."), List.of(1, 2),
                    List.of("", "واستقبله رئيسي."), List.of(1, 2)),
            row(2, List.of("They discussed ties.", "Talks went on."), List.of(3, 4), List.of("وبحثا العلاقات.", ""), List.of(3, 4)));

    static ExchangeRow row(int n, List<String> a, List<Integer> ai, List<String> b, List<Integer> bi) {
        return new ExchangeRow(n, List.of(a, b), List.of(ai, bi), 0.9, List.of(false, false), false, true);
    }

    @Test
    void tmxAndXliffKeepEmptyParagraphsInBothSegmentations() throws IOException {
        for (Segmentation segmentation : Segmentation.values()) {
            AlignedText text = AlignedText.of("Visit", "visit", VERSIONS, ROWS).withSegmentation(segmentation, Segmenter.sentences(new Aligner()));
            ImportedAlignment tmx = new TmxReader().read(write(new TmxWriter(), text), "visit.tmx");
            assertEquals(expected(), texts(tmx), "TMX " + segmentation);
            ImportedAlignment xliff = new XliffReader().read(write(new XliffWriter(), text), "visit.xlf");
            assertEquals(expected(), texts(xliff), "XLIFF " + segmentation);
        }
    }

    private static List<List<List<String>>> expected() {
        return ROWS.stream().map(r -> r.texts().stream().map(c -> c.stream().map(p -> p.replaceAll("\\s+", " ")).toList()).toList()).toList();
    }

    private static List<List<List<String>>> texts(ImportedAlignment file) {
        return file.rows().stream().map(r -> r.stream().map(c -> c.stream().map(p -> p.text().replaceAll("\\s+", " ")).toList()).toList())
                .toList();
    }

    private static byte[] write(ExchangeWriter writer, AlignedText text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(text, out);
        return out.toByteArray();
    }
}
