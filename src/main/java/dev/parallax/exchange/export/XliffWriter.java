package dev.parallax.exchange.export;

import dev.parallax.exchange.AlignedText;
import dev.parallax.exchange.ExchangeRow;
import dev.parallax.exchange.ExchangeVersion;
import dev.parallax.exchange.ExchangeWriter;
import dev.parallax.exchange.Segment;
import dev.parallax.exchange.Segment.Piece;
import dev.parallax.common.Xml;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;

/**
 * XLIFF 2.0 (core only) for one source → target pair: the text's first version is the source, its second
 * the target. One {@code <unit>} per row that has text in either, one {@code <segment>} per row (paragraph
 * segmentation) or per aligned sentence pair; {@code state} from the target's status, else
 * {@code translated} for a confirmed row and {@code initial} for the rest. Paragraph boundaries inside a
 * unit are {@code <ph type="fmt" subType="pxl:paragraph"/>}; versions' metadata rides in file-level notes,
 * each unit's paragraph numbers and statuses in unit notes ({@code source-paragraphs}, {@code target-statuses}…).
 */
public final class XliffWriter implements ExchangeWriter {

    public static final String NS = "urn:oasis:names:tc:xliff:document:2.0";
    public static final String PARAGRAPH_SUBTYPE = "pxl:paragraph";

    @Override
    public void write(AlignedText text, OutputStream out) throws IOException {
        if (text.versions().size() != 2) {
            throw new IllegalArgumentException("XLIFF holds one source and one target, not " + text.versions().size() + " versions");
        }
        ExchangeVersion source = text.versions().get(0);
        ExchangeVersion target = text.versions().get(1);
        try {
            XMLStreamWriter xml = Xml.write(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.setDefaultNamespace(NS);
            xml.writeStartElement(NS, "xliff");
            xml.writeDefaultNamespace(NS);
            xml.writeAttribute("version", "2.0");
            xml.writeAttribute("srcLang", source.language());
            xml.writeAttribute("trgLang", target.language());
            xml.writeCharacters("\n");
            xml.writeStartElement(NS, "file");
            xml.writeAttribute("id", "f1");
            if (text.slug() != null) {
                xml.writeAttribute("original", text.slug());
            }
            xml.writeCharacters("\n");
            xml.writeStartElement(NS, "notes");
            xml.writeCharacters("\n");
            note(xml, "story-title", text.title());
            metadata(xml, "source", source);
            metadata(xml, "target", target);
            // the target translates the source, another version not in this file, or nothing
            note(xml, "target-translation-of", target.translationOf() == null ? "none"
                    : target.translationOf().equals(source.id()) ? "source" : "other");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            for (ExchangeRow row : text.rows()) {
                if (row.texts().get(0).isEmpty() && row.texts().get(1).isEmpty()) {
                    continue;
                }
                unit(xml, text, row);
            }
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("XLIFF export failed: " + e.getMessage(), e);
        }
    }

    private static void unit(XMLStreamWriter xml, AlignedText text, ExchangeRow row) throws XMLStreamException {
        String state = state(text.state(row, 1));
        xml.writeStartElement(NS, "unit");
        xml.writeAttribute("id", "r" + (row.number() + 1));
        xml.writeCharacters("\n");
        // the paragraphs' numbers in their versions and their statuses, so that a re-import gives them back
        String[] notes = {
                "source-paragraphs", join(row.indices().get(0).stream().map(String::valueOf).toList()),
                "target-paragraphs", join(row.indices().get(1).stream().map(String::valueOf).toList()),
                "source-statuses", join(text.statuses(row, 0)),
                "target-statuses", join(text.statuses(row, 1))};
        xml.writeStartElement(NS, "notes");
        for (int i = 0; i < notes.length; i += 2) {
            note(xml, notes[i], notes[i + 1]);
        }
        xml.writeEndElement();
        xml.writeCharacters("\n");
        CellStream[] streams = CellStream.forVersions(2);
        int[] marks = {0, 0};
        int n = 0;
        for (Segment segment : text.segments(row)) {
            if (!CellStream.anyText(segment)) {
                continue;
            }
            xml.writeStartElement(NS, "segment");
            xml.writeAttribute("id", "s" + (++n));
            xml.writeAttribute("state", state);
            content(xml, "source", segment.cells().get(0), streams[0], marks, 0);
            if (!segment.cells().get(1).isEmpty()) {
                content(xml, "target", segment.cells().get(1), streams[1], marks, 1);
            }
            xml.writeEndElement();
            xml.writeCharacters("\n");
        }
        xml.writeEndElement();
        xml.writeCharacters("\n");
    }

    private static void content(XMLStreamWriter xml, String element, List<Piece> pieces, CellStream stream, int[] marks, int side)
            throws XMLStreamException {
        xml.writeStartElement(NS, element);
        for (int k = 0; k < pieces.size(); k++) {
            switch (stream.before(pieces, k)) {
                case PARAGRAPH -> {
                    xml.writeEmptyElement(NS, "ph");
                    xml.writeAttribute("id", (side == 0 ? "p" : "q") + (++marks[side]));
                    xml.writeAttribute("type", "fmt");
                    xml.writeAttribute("subType", PARAGRAPH_SUBTYPE);
                    xml.writeAttribute("disp", "¶");
                }
                case SPACE -> xml.writeCharacters(" ");
                default -> {
                }
            }
            xml.writeCharacters(Xml.clean(pieces.get(k).text()));
        }
        xml.writeEndElement();
    }

    /** Paragraph statuses (editing) map onto XLIFF's states; without one, a confirmed row counts as translated. */
    static String state(String status) {
        if (status == null) {
            return "initial";
        }
        return switch (status.toLowerCase(Locale.ROOT)) {
            case "translated", "confirmed" -> "translated";
            case "reviewed" -> "reviewed";
            case "approved", "final" -> "final";
            default -> "initial";
        };
    }

    private static String join(List<String> values) {
        return values.stream().map(v -> v == null ? "" : v).collect(java.util.stream.Collectors.joining(","));
    }

    private static void metadata(XMLStreamWriter xml, String side, ExchangeVersion v) throws XMLStreamException {
        note(xml, side + "-id", v.id());
        note(xml, side + "-outlet", v.outlet());
        note(xml, side + "-title", v.title());
        note(xml, side + "-kind", v.kind());
        note(xml, side + "-key", v.key());
        note(xml, side + "-source-url", v.sourceUrl());
        note(xml, side + "-published", v.publishedAt());
    }

    private static void note(XMLStreamWriter xml, String category, String value) throws XMLStreamException {
        if (value == null || value.isBlank()) {
            return;
        }
        xml.writeStartElement(NS, "note");
        xml.writeAttribute("category", category);
        xml.writeCharacters(Xml.clean(value));
        xml.writeEndElement();
        xml.writeCharacters("\n");
    }
}
