package dev.parallax.common;


import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;

/**
 * The one place XML parsers and writers are made (in common: the exchange formats and the termbase's TBX both use it). Readers are hardened: a DOCTYPE is accepted (TMX files
 * carry {@code <!DOCTYPE tmx SYSTEM "tmx14.dtd">}) but never fetched nor read, no external entity is
 * resolved, and a document that declares entities or refers to any is refused outright, so neither XXE
 * nor "billion laughs" gets anywhere. The JDK's own StAX implementation is used whatever else is on the
 * classpath, so the settings below are the ones in force.
 */
public final class Xml {

    private static final XMLInputFactory INPUT = hardenedInputFactory();
    private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newDefaultFactory();

    private Xml() {
    }

    static XMLInputFactory hardenedInputFactory() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setProperty("jdk.xml.entityExpansionLimit", "100");
        f.setXMLResolver((publicId, systemId, base, namespace) -> {
            throw new XMLStreamException("External resources are not read: " + systemId);
        });
        return f;
    }

    /** A reader over {@code data} (encoding from the XML declaration, UTF-8 by default). */
    public static Reader read(byte[] data, String what) {
        try {
            return new Reader(INPUT.createXMLStreamReader(new ByteArrayInputStream(data)), what);
        } catch (XMLStreamException e) {
            throw malformed(what, e);
        } catch (RuntimeException e) {
            throw ApiException.badRequest("Malformed XML", what + " is not well-formed XML: its start cannot be read.");
        }
    }

    /**
     * A writer onto {@code out}, buffered: the JDK's writer hands its output on byte by byte, which costs
     * dearly on a zip or network stream. {@link XMLStreamWriter#flush()} empties the buffer.
     */
    public static XMLStreamWriter write(OutputStream out) {
        try {
            return OUTPUT.createXMLStreamWriter(new BufferedOutputStream(out, 1 << 16), "UTF-8");
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Characters XML 1.0 cannot carry (C0 controls but tab and line ends, lone surrogates, U+FFFE/F) become U+FFFD. */
    public static String clean(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean ok;
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                if (out != null) {
                    out.append(c).append(text.charAt(i + 1));
                }
                i++;
                continue;
            }
            ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c < 0xD800) || (c >= 0xE000 && c < 0xFFFE);
            if (!ok && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                out.append(ok ? c : '\uFFFD');
            }
        }
        return out == null ? text : out.toString();
    }

    static ApiException malformed(String what, XMLStreamException e) {
        Location at = e.getLocation();
        String where = at == null || at.getLineNumber() < 0 ? "" : " at line " + at.getLineNumber();
        String message = e.getMessage() == null ? "" : e.getMessage().replaceFirst("(?s)^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message:\\s*", "");
        return ApiException.badRequest("Malformed XML", what + " is not well-formed XML" + where + ": " + message.strip());
    }

    /**
     * A pull reader that refuses entity declarations and references, and says where it is when a file is
     * refused. Only the events a reader of our formats needs: start and end of elements, and text.
     */
    public static final class Reader implements AutoCloseable {
        private final XMLStreamReader xml;
        private final String what;

        Reader(XMLStreamReader xml, String what) {
            this.xml = xml;
            this.what = what;
        }

        public XMLStreamReader xml() {
            return xml;
        }

        public int line() {
            return xml.getLocation() == null ? -1 : xml.getLocation().getLineNumber();
        }

        /** The next start element, end element or text; DTDs with declarations and entity references are refused. */
        public int next() {
            try {
                while (true) {
                    int event = xml.next();
                    switch (event) {
                        case XMLStreamConstants.DTD -> {
                            String doctype = xml.getText();
                            if (doctype != null && (doctype.contains("[") || doctype.contains("<!ENTITY"))) {
                                throw refused("a DOCTYPE with declarations (line " + line()
                                        + "); entities and internal DTD subsets are not accepted");
                            }
                        }
                        case XMLStreamConstants.ENTITY_REFERENCE -> throw refused("a reference to the entity '&"
                                + xml.getLocalName() + ";' (line " + line() + "); entities are not accepted");
                        case XMLStreamConstants.START_ELEMENT, XMLStreamConstants.END_ELEMENT, XMLStreamConstants.CHARACTERS,
                             XMLStreamConstants.CDATA, XMLStreamConstants.SPACE, XMLStreamConstants.END_DOCUMENT -> {
                            return event == XMLStreamConstants.CDATA || event == XMLStreamConstants.SPACE
                                    ? XMLStreamConstants.CHARACTERS : event;
                        }
                        default -> {
                            // comments, processing instructions: nothing to read
                        }
                    }
                }
            } catch (XMLStreamException e) {
                throw malformed(what, e);
            } catch (ApiException e) {
                throw e;
            } catch (RuntimeException e) {
                // the JDK's parser fails on some malformed DTDs with its own bug (a MissingResourceException
                // while wording the error): still malformed XML, said in our words
                throw ApiException.badRequest("Malformed XML", what + " is not well-formed XML near line " + line() + ".");
            }
        }

        /** Moves to the root element. */
        public String root() {
            int event;
            do {
                event = next();
            } while (event != XMLStreamConstants.START_ELEMENT && event != XMLStreamConstants.END_DOCUMENT);
            if (event == XMLStreamConstants.END_DOCUMENT) {
                throw ApiException.badRequest("Malformed XML", what + " has no root element.");
            }
            return xml.getLocalName();
        }

        public String name() {
            return xml.getLocalName();
        }

        public String attribute(String name) {
            for (int i = 0; i < xml.getAttributeCount(); i++) {
                if (xml.getAttributeLocalName(i).equals(name)) {
                    return xml.getAttributeValue(i);
                }
            }
            return null;
        }

        /** {@code xml:lang}, or a plain {@code lang} attribute (TMX 1.1 files). */
        public String lang() {
            String lang = xml.getAttributeValue(XMLConstants.XML_NS_URI, "lang");
            return lang != null ? lang : attribute("lang");
        }

        /** The text of the current element, which must hold no elements. */
        public String text() {
            StringBuilder text = new StringBuilder();
            String element = xml.getLocalName();
            int depth = 0;
            while (true) {
                int event = next();
                if (event == XMLStreamConstants.CHARACTERS) {
                    text.append(xml.getText());
                } else if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    if (depth-- == 0) {
                        return text.toString();
                    }
                } else if (event == XMLStreamConstants.END_DOCUMENT) {
                    throw ApiException.badRequest("Malformed XML", what + " ends inside <" + element + ">.");
                }
            }
        }

        public ApiException refused(String why) {
            return ApiException.badRequest("Refused XML", what + " contains " + why + ".");
        }

        public ApiException invalid(String error, String detail) {
            return ApiException.badRequest(error, what + ": " + detail);
        }

        @Override
        public void close() {
            try {
                xml.close();
            } catch (XMLStreamException e) {
                // nothing held open: the input is a byte array
            }
        }
    }
}
