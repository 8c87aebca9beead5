package dev.parallax.term;

import dev.parallax.common.Xml;
import dev.parallax.term.engine.ConceptData;
import dev.parallax.term.engine.Domain;
import dev.parallax.term.engine.TermData;
import dev.parallax.term.engine.TermStatus;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The termbase as TBX (ISO 30042), TBX-Basic dialect: {@code conceptEntry} / {@code langSec} / {@code termSec}
 * (and TBX 2's {@code termEntry} / {@code langSet} / {@code tig} on import). The domain is the
 * {@code subjectField}, the status the {@code administrativeStatus} (forbidden = {@code deprecatedTerm-admn-sts}),
 * the outlet a {@code customerSubset}. Read with the project's hardened XML reader: no DOCTYPE subset, no entity.
 */
public final class TermTbx {

    static final String NS = "urn:iso:std:iso:30042:ed-2";

    private TermTbx() {
    }

    public static byte[] write(List<ConceptData> concepts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter x = Xml.write(out);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeCharacters("\n");
            x.writeStartElement("tbx");
            x.writeDefaultNamespace(NS);
            x.writeAttribute("type", "TBX-Basic");
            x.writeAttribute("style", "dca");
            x.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", "en");
            x.writeStartElement("tbxHeader");
            x.writeStartElement("fileDesc");
            x.writeStartElement("sourceDesc");
            element(x, "p", "Parallax termbase export");
            x.writeEndElement();
            x.writeEndElement();
            x.writeEndElement();
            x.writeStartElement("text");
            x.writeStartElement("body");
            for (ConceptData c : concepts) {
                x.writeCharacters("\n");
                x.writeStartElement("conceptEntry");
                x.writeAttribute("id", c.key());
                descrip(x, "subjectField", c.domain().key());
                if (c.definition() != null) {
                    descrip(x, "definition", c.definition());
                }
                String lang = null;
                for (TermData t : c.terms()) {
                    if (!t.language().equals(lang)) {
                        if (lang != null) {
                            x.writeEndElement();
                        }
                        x.writeStartElement("langSec");
                        x.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", t.language());
                        lang = t.language();
                    }
                    x.writeStartElement("termSec");
                    element(x, "term", t.text());
                    x.writeStartElement("termNote");
                    x.writeAttribute("type", "administrativeStatus");
                    x.writeCharacters(status(t.status()));
                    x.writeEndElement();
                    if (t.partOfSpeech() != null) {
                        x.writeStartElement("termNote");
                        x.writeAttribute("type", "partOfSpeech");
                        x.writeCharacters(Xml.clean(t.partOfSpeech()));
                        x.writeEndElement();
                    }
                    if (t.outlet() != null) {
                        x.writeStartElement("admin");
                        x.writeAttribute("type", "customerSubset");
                        x.writeCharacters(Xml.clean(t.outlet()));
                        x.writeEndElement();
                    }
                    if (t.note() != null) {
                        element(x, "note", t.note());
                    }
                    x.writeEndElement();
                }
                if (lang != null) {
                    x.writeEndElement();
                }
                x.writeEndElement();
            }
            x.writeCharacters("\n");
            x.writeEndElement();
            x.writeEndElement();
            x.writeEndElement();
            x.writeEndDocument();
            x.flush();
            x.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    private static void element(XMLStreamWriter x, String name, String text) throws XMLStreamException {
        x.writeStartElement(name);
        x.writeCharacters(Xml.clean(text));
        x.writeEndElement();
    }

    private static void descrip(XMLStreamWriter x, String type, String text) throws XMLStreamException {
        x.writeStartElement("descrip");
        x.writeAttribute("type", type);
        x.writeCharacters(Xml.clean(text));
        x.writeEndElement();
    }

    static String status(TermStatus s) {
        return switch (s) {
            case PREFERRED -> "preferredTerm-admn-sts";
            case ADMITTED -> "admittedTerm-admn-sts";
            case FORBIDDEN -> "deprecatedTerm-admn-sts";
        };
    }

    static TermStatus status(String value) {
        return switch (value.strip()) {
            case "preferredTerm-admn-sts", "preferred" -> TermStatus.PREFERRED;
            case "admittedTerm-admn-sts", "admitted" -> TermStatus.ADMITTED;
            case "deprecatedTerm-admn-sts", "supersededTerm-admn-sts", "notRecommended", "forbidden" -> TermStatus.FORBIDDEN;
            default -> null;
        };
    }

    /** The concepts of a TBX file; a 400 naming the element (and line) at fault. */
    public static List<ConceptData> read(byte[] data) {
        List<ConceptData> out = new ArrayList<>();
        try (Xml.Reader in = Xml.read(data, "The TBX file")) {
            String root = in.root();
            if (!root.equals("tbx") && !root.equals("martif")) {
                throw in.invalid("Invalid TBX", "the root element is <" + root + ">, not <tbx>.");
            }
            int n = 0;
            while (true) {
                int event = in.next();
                if (event == XMLStreamConstants.END_DOCUMENT) {
                    break;
                }
                if (event == XMLStreamConstants.START_ELEMENT && (in.name().equals("conceptEntry") || in.name().equals("termEntry"))) {
                    n++;
                    out.add(concept(in, n));
                }
            }
        }
        return out;
    }

    private static ConceptData concept(Xml.Reader in, int n) {
        int line = in.line();
        String id = in.attribute("id");
        String where = "<" + in.name() + "> " + (id == null ? "#" + n : "'" + id + "'") + " (line " + line + ")";
        if (id == null || id.isBlank()) {
            id = "tbx-" + n;
        }
        Domain domain = null;
        String definition = null;
        List<TermData> terms = new ArrayList<>();
        String lang = null;
        String text = null;
        TermStatus status = null;
        String pos = null;
        String outlet = null;
        String note = null;
        boolean inTerm = false;
        int depth = 0;
        while (true) {
            int event = in.next();
            if (event == XMLStreamConstants.END_DOCUMENT) {
                throw in.invalid("Invalid TBX", where + " is not closed.");
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                String name = in.name();
                switch (name) {
                    case "langSec", "langSet" -> {
                        lang = in.lang();
                        if (lang == null || lang.isBlank()) {
                            throw in.invalid("Invalid TBX", "<" + name + "> in " + where + " at line " + in.line() + " has no xml:lang.");
                        }
                    }
                    case "termSec", "tig", "ntig" -> {
                        inTerm = true;
                        text = null;
                        status = TermStatus.ADMITTED;
                        pos = null;
                        outlet = null;
                        note = null;
                    }
                    case "term" -> {
                        int at = in.line();
                        text = in.text();
                        depth--;
                        if (lang == null) {
                            throw in.invalid("Invalid TBX", "<term> at line " + at + " in " + where + " is outside a <langSec>.");
                        }
                    }
                    case "descrip", "termNote", "admin", "note" -> {
                        String type = in.attribute("type");
                        int at = in.line();
                        String value = in.text().strip();
                        depth--;
                        if (inTerm) {
                            if ("administrativeStatus".equals(type) || "normativeAuthorization".equals(type)) {
                                status = status(value);
                                if (status == null) {
                                    throw in.invalid("Invalid TBX", "<termNote type=\"" + type + "\"> at line " + at + " in " + where
                                            + ": unknown status '" + value + "'.");
                                }
                            } else if ("partOfSpeech".equals(type)) {
                                pos = value.isEmpty() ? null : value;
                            } else if ("customerSubset".equals(type)) {
                                outlet = value.isEmpty() ? null : value;
                            } else if (name.equals("note") && !value.isEmpty()) {
                                note = value;
                            }
                        } else if ("subjectField".equals(type)) {
                            domain = Domain.parse(value);
                            if (domain == null) {
                                throw in.invalid("Invalid TBX", "<descrip type=\"subjectField\"> at line " + at + " in " + where
                                        + ": unknown domain '" + value + "' (person, place, organisation, title, event, general).");
                            }
                        } else if ("definition".equals(type) && !value.isEmpty()) {
                            definition = value;
                        }
                    }
                    default -> {
                        // other TBX data categories are not kept
                    }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                String name = in.name();
                if (depth == 0) {
                    return new ConceptData(id.strip(), domain == null ? Domain.GENERAL : domain, definition, terms, where);
                }
                depth--;
                if (name.equals("termSec") || name.equals("tig") || name.equals("ntig")) {
                    inTerm = false;
                    if (text == null) {
                        throw in.invalid("Invalid TBX", "a <" + name + "> in " + where + " has no <term>.");
                    }
                    terms.add(new TermData(lang, text, status, pos, outlet, note));
                } else if (name.equals("langSec") || name.equals("langSet")) {
                    lang = null;
                }
            }
        }
    }

}
