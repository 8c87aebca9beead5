package dev.parallax.exchange.export;

import dev.parallax.exchange.AlignedText;
import dev.parallax.exchange.ExchangeRow;
import dev.parallax.exchange.ExchangeVersion;
import dev.parallax.exchange.ExchangeWriter;
import dev.parallax.exchange.Segment;
import dev.parallax.exchange.Segment.Piece;
import dev.parallax.common.Xml;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

/**
 * TMX 1.4b, n-way: one {@code <tu>} per row (or per sentence row, {@code segtype="sentence"}) holding one
 * {@code <tuv>} per version with text there; a version with nothing in the row has no {@code <tuv>}. The
 * header lists the versions ({@code x-version.<id>.<field>} props) and every {@code <tuv>} names its
 * version ({@code x-version}, {@code x-outlet}), so two versions in one language stay apart. Paragraphs
 * inside one segment are separated by {@code <ph type="x-paragraph"/>}; the tu's {@code x-row} groups the
 * sentence rows of one row. A tuv's {@code x-paragraphs} numbers its paragraphs in their version and
 * {@code x-statuses} gives their statuses; an empty paragraph (a translation not written yet) is an empty
 * {@code <seg/>} or nothing after a paragraph mark. See docs/adr/0007-exchange-formats.md.
 */
public final class TmxWriter implements ExchangeWriter {

    public static final String PARAGRAPH_MARK = "x-paragraph";
    private static final DateTimeFormatter TMX_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    @Override
    public void write(AlignedText text, OutputStream out) throws IOException {
        try {
            XMLStreamWriter xml = Xml.write(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeDTD("<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">");
            xml.writeCharacters("\n");
            xml.writeStartElement("tmx");
            xml.writeAttribute("version", "1.4");
            xml.writeCharacters("\n");
            header(xml, text);
            xml.writeStartElement("body");
            xml.writeCharacters("\n");
            for (ExchangeRow row : text.rows()) {
                row(xml, text, row);
            }
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("TMX export failed: " + e.getMessage(), e);
        }
    }

    private static void header(XMLStreamWriter xml, AlignedText text) throws XMLStreamException {
        xml.writeStartElement("header");
        xml.writeAttribute("creationtool", "Parallax");
        xml.writeAttribute("creationtoolversion", "0.1");
        xml.writeAttribute("segtype", text.segmentation().label());
        xml.writeAttribute("o-tmf", "parallax");
        xml.writeAttribute("adminlang", "en");
        xml.writeAttribute("srclang", text.versions().get(0).language());
        xml.writeAttribute("datatype", "plaintext");
        xml.writeAttribute("creationdate", TMX_DATE.format(ZonedDateTime.now(ZoneOffset.UTC)));
        xml.writeCharacters("\n");
        prop(xml, "x-story-title", text.title());
        prop(xml, "x-story-slug", text.slug());
        for (ExchangeVersion v : text.versions()) {
            String p = "x-version." + v.id() + ".";
            prop(xml, p + "outlet", v.outlet());
            prop(xml, p + "language", v.language());
            prop(xml, p + "title", v.title());
            prop(xml, p + "kind", v.kind());
            prop(xml, p + "key", v.key());
            prop(xml, p + "translation-of", v.translationOf());
            prop(xml, p + "source-url", v.sourceUrl());
            prop(xml, p + "published", v.publishedAt());
        }
        xml.writeEndElement();
        xml.writeCharacters("\n");
    }

    private static void row(XMLStreamWriter xml, AlignedText text, ExchangeRow row) throws XMLStreamException {
        List<ExchangeVersion> versions = text.versions();
        CellStream[] streams = CellStream.forVersions(versions.size());
        List<Segment> segments = text.segments(row);
        for (int s = 0; s < segments.size(); s++) {
            Segment segment = segments.get(s);
            if (!CellStream.anyText(segment)) {
                continue;
            }
            xml.writeStartElement("tu");
            xml.writeAttribute("tuid", segments.size() == 1 ? String.valueOf(row.number() + 1) : (row.number() + 1) + "." + (s + 1));
            xml.writeAttribute("segtype", text.segmentation().label());
            xml.writeCharacters("\n");
            prop(xml, "x-row", String.valueOf(row.number() + 1));
            prop(xml, "x-alignment", row.alignmentState());
            for (int v = 0; v < versions.size(); v++) {
                List<Piece> pieces = segment.cells().get(v);
                if (pieces.isEmpty()) {
                    continue;
                }
                ExchangeVersion version = versions.get(v);
                xml.writeStartElement("tuv");
                xml.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", version.language());
                xml.writeCharacters("\n");
                prop(xml, "x-version", version.id());
                prop(xml, "x-outlet", version.outlet());
                prop(xml, "x-paragraphs", row.indices().get(v).stream().map(String::valueOf).collect(Collectors.joining(",")));
                prop(xml, "x-status", text.state(row, v));
                prop(xml, "x-statuses", text.statuses(row, v).stream().map(st -> st == null ? "" : st).collect(Collectors.joining(",")));
                xml.writeStartElement("seg");
                for (int k = 0; k < pieces.size(); k++) {
                    switch (streams[v].before(pieces, k)) {
                        case PARAGRAPH -> {
                            xml.writeEmptyElement("ph");
                            xml.writeAttribute("type", PARAGRAPH_MARK);
                        }
                        case SPACE -> xml.writeCharacters(" ");
                        default -> {
                        }
                    }
                    xml.writeCharacters(Xml.clean(pieces.get(k).text()));
                }
                xml.writeEndElement();
                xml.writeCharacters("\n");
                xml.writeEndElement();
                xml.writeCharacters("\n");
            }
            xml.writeEndElement();
            xml.writeCharacters("\n");
        }
    }

    private static void prop(XMLStreamWriter xml, String type, String value) throws XMLStreamException {
        if (value == null || value.isBlank()) {
            return;
        }
        xml.writeStartElement("prop");
        xml.writeAttribute("type", type);
        xml.writeCharacters(Xml.clean(value));
        xml.writeEndElement();
        xml.writeCharacters("\n");
    }
}
