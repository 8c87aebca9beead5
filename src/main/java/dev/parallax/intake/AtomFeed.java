package dev.parallax.intake;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** An Atom 1.0 feed (RFC 4287) of outlets' changes to watched pages, written with an XML writer (every text escaped). */
public final class AtomFeed {

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    private AtomFeed() {
    }

    public static String write(String id, String title, String selfUrl, String baseUrl, List<Changes.Item> items) {
        try {
            StringWriter out = new StringWriter();
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeStartElement("feed");
            x.writeDefaultNamespace(ATOM);
            element(x, "id", id);
            element(x, "title", title);
            OffsetDateTime updated = items.isEmpty() ? OffsetDateTime.of(2022, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC) : items.get(0).snapshot().fetchedAt;
            element(x, "updated", time(updated));
            x.writeEmptyElement("link");
            x.writeAttribute("rel", "self");
            x.writeAttribute("href", selfUrl);
            x.writeStartElement("author");
            element(x, "name", "Parallax");
            x.writeEndElement();
            for (Changes.Item item : items) {
                Snapshot s = item.snapshot();
                String link = baseUrl + "versions/" + s.versionId + "/history#snapshot-" + s.number;
                x.writeStartElement("entry");
                element(x, "id", "tag:parallax,2026:version-" + s.versionId + "-snapshot-" + s.number);
                x.writeStartElement("title");
                x.writeAttribute("xml:lang", item.version().language);
                x.writeCharacters(item.version().outlet + " changed “" + (s.title == null ? item.version().story.title : s.title) + "”");
                x.writeEndElement();
                element(x, "updated", time(s.fetchedAt));
                x.writeEmptyElement("link");
                x.writeAttribute("href", link);
                x.writeStartElement("summary");
                x.writeCharacters("Snapshot " + s.number + " of " + item.version().label() + " in the story “" + item.version().story.title
                        + "”: " + s.flags + (s.flags == 1 ? " flag" : " flags") + " against the previous text"
                        + (s.applied ? "." : "; the version has local edits, so its text was left as it was.") + " Source: " + s.url);
                x.writeEndElement();
                x.writeEndElement();
            }
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
            return out.toString();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing the Atom feed", e);
        }
    }

    private static void element(XMLStreamWriter x, String name, String text) throws XMLStreamException {
        x.writeStartElement(name);
        x.writeCharacters(text);
        x.writeEndElement();
    }

    private static String time(OffsetDateTime t) {
        return t.withOffsetSameInstant(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
