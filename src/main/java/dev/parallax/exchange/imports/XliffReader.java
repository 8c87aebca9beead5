package dev.parallax.exchange.imports;

import dev.parallax.common.Xml;
import dev.parallax.exchange.export.XliffWriter;

import javax.xml.stream.XMLStreamConstants;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads an XLIFF 2.0 file into a source and a target version: each {@code <unit>} is a row, its segments'
 * sources (and targets) joined, {@code <ph subType="pxl:paragraph"/>} separating paragraphs. Other inline
 * codes are dropped, the text they wrap ({@code <pc>}, {@code <mrk>}) kept. The versions' metadata comes
 * from the file's notes that Parallax writes ({@code source-outlet}, {@code target-title}, …).
 */
public final class XliffReader {

    public ImportedAlignment read(byte[] data, String fileName) {
        String what = fileName == null || fileName.isBlank() ? "The XLIFF file" : fileName;
        try (Xml.Reader in = Xml.read(data, what)) {
            String root = in.root();
            int rootLine = in.line();
            if (!"xliff".equals(root)) {
                throw in.invalid("Not XLIFF", "the root element is <" + root + ">, not <xliff>.");
            }
            String ns = in.xml().getNamespaceURI();
            String version = in.attribute("version");
            if (!XliffWriter.NS.equals(ns) || version == null || !version.startsWith("2.")) {
                throw in.invalid("Not XLIFF 2", "<xliff> at line " + rootLine + " is version " + version
                        + " (namespace " + ns + "); only XLIFF 2.0 is read.");
            }
            String srcLang = in.attribute("srcLang");
            String trgLang = in.attribute("trgLang");
            if (srcLang == null || srcLang.isBlank()) {
                throw in.invalid("Invalid XLIFF", "<xliff> at line " + rootLine + " has no srcLang attribute.");
            }
            if (trgLang == null || trgLang.isBlank()) {
                throw in.invalid("Invalid XLIFF", "<xliff> at line " + rootLine
                        + " has no trgLang attribute: without a target language there is no target version.");
            }
            Map<String, String> notes = new HashMap<>();
            List<List<List<ImportedAlignment.Paragraph>>> rows = new ArrayList<>();
            boolean inFileNotes = false;
            int depth = 0;
            int event;
            while ((event = in.next()) != XMLStreamConstants.END_DOCUMENT) {
                if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                    switch (in.name()) {
                        case "notes" -> inFileNotes = depth == 2; // <file><notes>, not a group's
                        case "note" -> {
                            String category = in.attribute("category");
                            String text = in.text().strip();
                            depth--;
                            if (inFileNotes && category != null) {
                                notes.putIfAbsent(category, text);
                            }
                        }
                        case "unit" -> {
                            List<List<ImportedAlignment.Paragraph>> row = unit(in);
                            depth--;
                            if (row.stream().anyMatch(c -> !c.isEmpty())) {
                                rows.add(row);
                            }
                        }
                        default -> {
                        }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    if ("notes".equals(in.name())) {
                        inFileNotes = false;
                    }
                    depth--;
                }
            }
            if (rows.isEmpty()) {
                throw in.invalid("Invalid XLIFF", "the file holds no <unit> with text.");
            }
            // a file of another tool: the target translates the source; Parallax says so in a note
            String of = notes.getOrDefault("target-translation-of", "source");
            List<ImportedAlignment.Version> versions = List.of(
                    new ImportedAlignment.Version("source", notes.get("source-key"), notes.getOrDefault("source-outlet", "Source"),
                            srcLang, notes.get("source-title"), notes.get("source-kind"), null,
                            notes.get("source-source-url"), notes.get("source-published")),
                    new ImportedAlignment.Version("target", notes.get("target-key"), notes.getOrDefault("target-outlet", "Target"),
                            trgLang, notes.get("target-title"), notes.getOrDefault("target-kind", "translation"),
                            of.equals("source") ? "source" : null, notes.get("target-source-url"), notes.get("target-published")));
            return new ImportedAlignment(notes.get("story-title"), null, versions, rows);
        }
    }

    private static List<List<ImportedAlignment.Paragraph>> unit(Xml.Reader in) {
        int line = in.line();
        CellBuilder source = new CellBuilder();
        CellBuilder target = new CellBuilder();
        boolean ignorable = false;
        int depth = 0;
        while (true) {
            int event = in.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (in.name()) {
                    case "segment" -> ignorable = false;
                    case "ignorable" -> ignorable = true;
                    case "source" -> content(in, source, !ignorable);
                    case "target" -> {
                        target.open();
                        content(in, target, !ignorable);
                    }
                    case "notes" -> unitNotes(in, source, target);
                    case "originalData" -> skip(in);
                    default -> depth++;
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                if ("unit".equals(in.name()) && depth == 0) {
                    return List.of(source.build(), target.build());
                }
                if (!"segment".equals(in.name()) && !"ignorable".equals(in.name())) {
                    depth--;
                }
            } else if (event == XMLStreamConstants.END_DOCUMENT) {
                throw in.invalid("Invalid XLIFF", "the file ends inside the <unit> at line " + line + ".");
            }
        }
    }

    private static void content(Xml.Reader in, CellBuilder cell, boolean segment) {
        if (segment) {
            cell.segment();
        }
        int depth = 0;
        int skip = 0;
        while (true) {
            int event = in.next();
            if (event == XMLStreamConstants.CHARACTERS) {
                if (skip == 0) {
                    cell.text(in.xml().getText());
                }
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                String name = in.name();
                if (skip > 0) {
                    skip++;
                } else if ("ph".equals(name) && XliffWriter.PARAGRAPH_SUBTYPE.equals(in.attribute("subType"))) {
                    cell.mark();
                    skip = 1;
                } else if ("cp".equals(name)) {
                    try {
                        cell.text(new String(Character.toChars(Integer.parseInt(in.attribute("hex"), 16))));
                    } catch (RuntimeException e) {
                        throw in.invalid("Invalid XLIFF", "<cp> at line " + in.line() + " has no valid hex code point.");
                    }
                    skip = 1;
                } else if (!"pc".equals(name) && !"mrk".equals(name)) {
                    skip = 1; // ph, sc, ec, sm, em: codes, not text
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                if (depth-- == 0) {
                    return;
                }
                if (skip > 0) {
                    skip--;
                }
            } else if (event == XMLStreamConstants.END_DOCUMENT) {
                return;
            }
        }
    }

    /** A unit's notes as Parallax writes them: the paragraphs' numbers and statuses of each side. */
    private static void unitNotes(Xml.Reader in, CellBuilder source, CellBuilder target) {
        while (true) {
            int event = in.next();
            if (event == XMLStreamConstants.START_ELEMENT && "note".equals(in.name())) {
                String category = in.attribute("category");
                String text = in.text().strip();
                if (category == null) {
                    continue;
                }
                CellBuilder cell = category.startsWith("source-") ? source : category.startsWith("target-") ? target : null;
                if (cell == null) {
                    continue;
                }
                if (category.endsWith("-paragraphs")) {
                    List<Integer> numbers = new ArrayList<>();
                    for (String part : text.split(",")) {
                        if (part.isBlank()) {
                            continue;
                        }
                        try {
                            numbers.add(Integer.parseInt(part.strip()));
                        } catch (NumberFormatException e) {
                            numbers.clear();
                            break;
                        }
                    }
                    cell.index(numbers);
                } else if (category.endsWith("-statuses")) {
                    cell.statuses(List.of(text.split(",", -1)));
                }
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                skip(in);
            } else if (event == XMLStreamConstants.END_ELEMENT && "notes".equals(in.name())) {
                return;
            } else if (event == XMLStreamConstants.END_DOCUMENT) {
                return;
            }
        }
    }

    private static void skip(Xml.Reader in) {
        int depth = 0;
        while (true) {
            int event = in.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT && depth-- == 0) {
                return;
            } else if (event == XMLStreamConstants.END_DOCUMENT) {
                return;
            }
        }
    }
}
