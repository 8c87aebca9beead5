package dev.parallax.exchange.export;

import dev.parallax.exchange.AlignedText;
import dev.parallax.exchange.ExchangeRow;
import dev.parallax.exchange.ExchangeVersion;
import dev.parallax.exchange.ExchangeWriter;
import dev.parallax.common.Xml;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The bilingual (or n-lingual) review document: a landscape Word file with the story's title and a table
 * of one column per version, one table row per aligned row (each paragraph its own {@code <w:p>} in the
 * cell), then a "Status" and a "Flags" column. Arabic and Persian paragraphs are right-to-left
 * ({@code w:bidi}, runs {@code w:rtl}, {@code w:lang w:bidi}).
 *
 * <p>Apache POI builds the document's package (parts, styles, properties, the landscape section, the
 * title) around a placeholder paragraph; the table is then streamed in its place, row by row, while the
 * package is copied to the output. POI's own table model holds every cell as an XML bean and took 4–5 s
 * for 10,000 rows; streaming the table takes a fraction of that in constant memory
 * (docs/benchmarks-exchange.md).
 */
public final class DocxWriter implements ExchangeWriter {

    public static final String ROW_HEADER = "Row";
    public static final String STATUS_HEADER = "Status";
    public static final String FLAGS_HEADER = "Flags";

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String PLACEHOLDER = "PARALLAX-ALIGNED-TABLE";
    /** Text width of a landscape A4 page with 1000-twip margins, in twentieths of a point. */
    private static final int TEXT_WIDTH = 16838 - 2 * 1000;
    private static final int ROW_WIDTH = 750;
    private static final int STATUS_WIDTH = 1300;
    private static final int FLAGS_WIDTH = 1100;

    @Override
    public void write(AlignedText text, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush(); // the caller closes its own stream
            }
        });
        zip.setLevel(Deflater.BEST_SPEED); // the table's XML is large and repetitive: level 1 is 3× faster, barely bigger
        try (ZipInputStream template = new ZipInputStream(new ByteArrayInputStream(template(text)))) {
            ZipEntry entry;
            while ((entry = template.getNextEntry()) != null) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                byte[] part = template.readAllBytes();
                if (entry.getName().equals("word/document.xml")) {
                    document(new String(part, StandardCharsets.UTF_8), text, zip);
                } else {
                    zip.write(part);
                }
                zip.closeEntry();
            }
        }
        zip.finish();
        zip.flush();
    }

    /** The package without the table: POI's document with a placeholder paragraph where the table goes. */
    private static byte[] template(AlignedText text) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            doc.getProperties().getCoreProperties().setTitle(text.title());
            doc.getProperties().getCoreProperties().setCreator("Parallax");
            XWPFRun title = doc.createParagraph().createRun();
            title.setBold(true);
            title.setFontSize(14);
            title.setText(text.title());
            doc.createParagraph().createRun().setText(PLACEHOLDER);
            landscape(doc);
            doc.write(bytes);
            return bytes.toByteArray();
        }
    }

    private static void document(String xml, AlignedText text, OutputStream out) throws IOException {
        int mark = xml.indexOf(PLACEHOLDER);
        int start = Math.max(xml.lastIndexOf("<w:p>", mark), xml.lastIndexOf("<w:p ", mark));
        int end = xml.indexOf("</w:p>", mark) + "</w:p>".length();
        if (mark < 0 || start < 0) {
            throw new IOException("POI wrote word/document.xml without the table's placeholder paragraph");
        }
        out.write(xml.substring(0, start).getBytes(StandardCharsets.UTF_8));
        try {
            XMLStreamWriter w = Xml.write(out);
            table(w, text);
            w.flush();
        } catch (XMLStreamException e) {
            throw new IOException("DOCX export failed: " + e.getMessage(), e);
        }
        out.write(xml.substring(end).getBytes(StandardCharsets.UTF_8));
    }

    private static void table(XMLStreamWriter w, AlignedText text) throws XMLStreamException {
        List<ExchangeVersion> versions = text.versions();
        boolean[] rtl = new boolean[versions.size()];
        for (int v = 0; v < rtl.length; v++) {
            rtl[v] = versions.get(v).rightToLeft();
        }
        int versionWidth = (TEXT_WIDTH - ROW_WIDTH - STATUS_WIDTH - FLAGS_WIDTH) / versions.size();
        w.writeStartElement("w", "tbl", W);
        w.writeStartElement("w", "tblPr", W);
        empty(w, "tblW", "w", "5000", "type", "pct");
        w.writeStartElement("w", "tblBorders", W);
        for (String side : List.of("top", "left", "bottom", "right", "insideH", "insideV")) {
            empty(w, side, "val", "single", "sz", "4", "space", "0", "color", "999999");
        }
        w.writeEndElement();
        empty(w, "tblLayout", "type", "fixed");
        w.writeEndElement();
        w.writeStartElement("w", "tblGrid", W);
        empty(w, "gridCol", "w", String.valueOf(ROW_WIDTH));
        for (int v = 0; v < versions.size(); v++) {
            empty(w, "gridCol", "w", String.valueOf(versionWidth));
        }
        empty(w, "gridCol", "w", String.valueOf(STATUS_WIDTH));
        empty(w, "gridCol", "w", String.valueOf(FLAGS_WIDTH));
        w.writeEndElement();

        w.writeStartElement("w", "tr", W);
        w.writeStartElement("w", "trPr", W);
        empty(w, "tblHeader");
        w.writeEndElement();
        headerCell(w, ROW_HEADER, ROW_WIDTH);
        for (ExchangeVersion v : versions) {
            headerCell(w, v.header(), versionWidth);
        }
        headerCell(w, STATUS_HEADER, STATUS_WIDTH);
        headerCell(w, FLAGS_HEADER, FLAGS_WIDTH);
        w.writeEndElement();

        for (ExchangeRow row : text.rows()) {
            w.writeStartElement("w", "tr", W);
            plainCell(w, String.valueOf(row.number() + 1), ROW_WIDTH);
            for (int v = 0; v < versions.size(); v++) {
                ExchangeVersion version = versions.get(v);
                startCell(w, versionWidth);
                List<String> paragraphs = row.texts().get(v);
                if (paragraphs.isEmpty()) {
                    empty(w, "p");
                }
                for (String paragraph : paragraphs) {
                    paragraph(w, paragraph, version.language(), rtl[v]);
                }
                w.writeEndElement();
            }
            plainCell(w, status(text, row), STATUS_WIDTH);
            plainCell(w, String.join(", ", text.flags().flags(row)), FLAGS_WIDTH);
            w.writeEndElement();
        }
        w.writeEndElement();
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
        return String.join(", ", states);
    }

    private static void paragraph(XMLStreamWriter w, String text, String language, boolean rtl) throws XMLStreamException {
        w.writeStartElement("w", "p", W);
        if (rtl) {
            w.writeStartElement("w", "pPr", W);
            empty(w, "bidi");
            w.writeEndElement();
        }
        w.writeStartElement("w", "r", W);
        w.writeStartElement("w", "rPr", W);
        if (rtl) {
            empty(w, "rtl");
            empty(w, "lang", "bidi", language);
        } else {
            empty(w, "lang", "val", language);
        }
        w.writeEndElement();
        String[] lines = Xml.clean(text).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                empty(w, "br");
            }
            w.writeStartElement("w", "t", W);
            w.writeAttribute("xml", XMLConstants.XML_NS_URI, "space", "preserve");
            w.writeCharacters(lines[i]);
            w.writeEndElement();
        }
        w.writeEndElement();
        w.writeEndElement();
    }

    private static void headerCell(XMLStreamWriter w, String text, int width) throws XMLStreamException {
        startCell(w, width);
        w.writeStartElement("w", "p", W);
        w.writeStartElement("w", "r", W);
        w.writeStartElement("w", "rPr", W);
        empty(w, "b");
        w.writeEndElement();
        t(w, text);
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndElement();
    }

    private static void plainCell(XMLStreamWriter w, String text, int width) throws XMLStreamException {
        startCell(w, width);
        w.writeStartElement("w", "p", W);
        if (text != null && !text.isEmpty()) {
            w.writeStartElement("w", "r", W);
            t(w, text);
            w.writeEndElement();
        }
        w.writeEndElement();
        w.writeEndElement();
    }

    private static void startCell(XMLStreamWriter w, int width) throws XMLStreamException {
        w.writeStartElement("w", "tc", W);
        w.writeStartElement("w", "tcPr", W);
        empty(w, "tcW", "w", String.valueOf(width), "type", "dxa");
        w.writeEndElement();
    }

    private static void t(XMLStreamWriter w, String text) throws XMLStreamException {
        w.writeStartElement("w", "t", W);
        w.writeCharacters(Xml.clean(text));
        w.writeEndElement();
    }

    /** An empty {@code w:} element with {@code w:} attributes given as name, value pairs. */
    private static void empty(XMLStreamWriter w, String name, String... attributes) throws XMLStreamException {
        w.writeEmptyElement("w", name, W);
        for (int i = 0; i < attributes.length; i += 2) {
            w.writeAttribute("w", W, attributes[i], attributes[i + 1]);
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
