package dev.parallax.exchange.imports;

import dev.parallax.common.ApiException;
import dev.parallax.exchange.export.DocxWriter;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the review document back: the first table, whose header names the versions ("SANA (ar)"); the
 * "Row", "Status" and "Flags" columns are skipped. Each Word paragraph in a cell is a paragraph.
 */
public final class DocxReader {

    public ImportedAlignment read(byte[] data, String fileName) {
        String what = fileName == null || fileName.isBlank() ? "The Word file" : fileName;
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(data))) {
            if (doc.getTables().isEmpty()) {
                throw ApiException.badRequest("Invalid DOCX", what + " has no table of aligned versions.");
            }
            XWPFTable table = doc.getTables().get(0);
            XWPFTableRow header = table.getRow(0);
            List<Integer> columns = new ArrayList<>();
            List<ImportedAlignment.Version> versions = new ArrayList<>();
            for (int c = 0; c < header.getTableCells().size(); c++) {
                String name = header.getCell(c).getText().strip();
                if (name.equals(DocxWriter.ROW_HEADER) || name.equals(DocxWriter.STATUS_HEADER) || name.equals(DocxWriter.FLAGS_HEADER)) {
                    continue;
                }
                ImportedAlignment.Version version = DelimitedReader.column(name, String.valueOf(c));
                if (version == null) {
                    throw ApiException.badRequest("Invalid header", what + ", header cell " + (c + 1) + ": '" + name
                            + "' does not name an outlet and a language, e.g. 'SANA (ar)'.");
                }
                columns.add(c);
                versions.add(version);
            }
            List<List<List<ImportedAlignment.Paragraph>>> rows = new ArrayList<>();
            for (int r = 1; r < table.getRows().size(); r++) {
                XWPFTableRow row = table.getRow(r);
                if (row.getTableCells().size() != header.getTableCells().size()) {
                    throw ApiException.badRequest("Invalid DOCX", what + ": table row " + (r + 1) + " has " + row.getTableCells().size()
                            + " cells where the header has " + header.getTableCells().size() + ".");
                }
                List<List<ImportedAlignment.Paragraph>> cells = new ArrayList<>();
                for (int c : columns) {
                    XWPFTableCell cell = row.getCell(c);
                    CellBuilder builder = new CellBuilder();
                    for (XWPFParagraph p : cell.getParagraphs()) {
                        builder.paragraph();
                        builder.text(p.getText());
                    }
                    cells.add(builder.build());
                }
                rows.add(cells);
            }
            String title = doc.getProperties().getCoreProperties().getTitle();
            return new ImportedAlignment(title, null, versions, rows);
        } catch (ApiException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw ApiException.unreadableDocx(what, e);
        }
    }
}
