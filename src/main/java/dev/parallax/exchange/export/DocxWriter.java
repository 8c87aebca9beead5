package dev.parallax.exchange.export;

import dev.parallax.exchange.AlignedText;
import dev.parallax.exchange.ExchangeRow;
import dev.parallax.exchange.ExchangeVersion;
import dev.parallax.exchange.ExchangeWriter;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLanguage;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The bilingual (or n-lingual) review document: a landscape Word file with the story's title and a table
 * of one column per version, one table row per aligned row (each paragraph its own {@code <w:p>} in the
 * cell), then a "Status" and a "Flags" column. Arabic and Persian paragraphs are right-to-left
 * ({@code w:bidi}, runs {@code w:rtl}, {@code w:lang w:bidi}). Word files are zip archives built whole by
 * POI, so unlike the other formats this one is held in memory until written (measured in
 * docs/benchmarks-exchange.md).
 */
public final class DocxWriter implements ExchangeWriter {

    public static final String ROW_HEADER = "Row";
    public static final String STATUS_HEADER = "Status";
    public static final String FLAGS_HEADER = "Flags";

    @Override
    public void write(AlignedText text, OutputStream out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            landscape(doc);
            doc.getProperties().getCoreProperties().setTitle(text.title());
            doc.getProperties().getCoreProperties().setCreator("Parallax");
            XWPFParagraph heading = doc.createParagraph();
            XWPFRun title = heading.createRun();
            title.setBold(true);
            title.setFontSize(14);
            title.setText(text.title());

            List<ExchangeVersion> versions = text.versions();
            int columns = versions.size() + 3;
            XWPFTable table = doc.createTable(1, columns);
            table.setWidth("100%");
            XWPFTableRow header = table.getRow(0);
            header.setRepeatHeader(true);
            headerCell(header.getCell(0), ROW_HEADER);
            for (int v = 0; v < versions.size(); v++) {
                headerCell(header.getCell(v + 1), versions.get(v).header());
            }
            headerCell(header.getCell(columns - 2), STATUS_HEADER);
            headerCell(header.getCell(columns - 1), FLAGS_HEADER);

            for (ExchangeRow row : text.rows()) {
                XWPFTableRow tr = table.createRow();
                plain(tr.getCell(0), String.valueOf(row.number() + 1));
                for (int v = 0; v < versions.size(); v++) {
                    ExchangeVersion version = versions.get(v);
                    XWPFTableCell cell = tr.getCell(v + 1);
                    List<String> paragraphs = row.texts().get(v);
                    for (int k = 0; k < paragraphs.size(); k++) {
                        XWPFParagraph p = k == 0 ? cell.getParagraphs().get(0) : cell.addParagraph();
                        text(p, paragraphs.get(k), version);
                    }
                }
                plain(tr.getCell(columns - 2), status(text, row));
                plain(tr.getCell(columns - 1), String.join(", ", text.flags().flags(row)));
            }
            doc.write(out);
        }
    }

    /** The row's state: its cells' statuses where the editing feature gives some, else confirmed / fixed. */
    private static String status(AlignedText text, ExchangeRow row) {
        Set<String> states = new LinkedHashSet<>();
        for (int v = 0; v < text.versions().size(); v++) {
            if (!row.texts().get(v).isEmpty()) {
                String state = text.state(row, v);
                if (state != null) {
                    states.add(state);
                }
            }
        }
        return String.join(", ", new ArrayList<>(states));
    }

    private static void text(XWPFParagraph p, String text, ExchangeVersion version) {
        boolean rtl = version.rightToLeft();
        if (rtl) {
            p.getCTP().addNewPPr().addNewBidi();
        }
        XWPFRun run = p.createRun();
        CTRPr rpr = run.getCTR().isSetRPr() ? run.getCTR().getRPr() : run.getCTR().addNewRPr();
        CTLanguage lang = rpr.addNewLang();
        if (rtl) {
            rpr.addNewRtl();
            lang.setBidi(version.language());
        } else {
            lang.setVal(version.language());
        }
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i], i);
        }
    }

    private static void headerCell(XWPFTableCell cell, String text) {
        XWPFRun run = cell.getParagraphs().get(0).createRun();
        run.setBold(true);
        run.setText(text);
    }

    private static void plain(XWPFTableCell cell, String text) {
        if (text != null && !text.isEmpty()) {
            cell.getParagraphs().get(0).createRun().setText(text);
        }
    }

    private static void landscape(XWPFDocument doc) {
        CTSectPr section = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setOrient(STPageOrientation.LANDSCAPE);
        size.setW(BigInteger.valueOf(16838)); // A4, in twentieths of a point
        size.setH(BigInteger.valueOf(11906));
        var margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(1000));
        margins.setBottom(BigInteger.valueOf(1000));
        margins.setLeft(BigInteger.valueOf(1000));
        margins.setRight(BigInteger.valueOf(1000));
    }
}
