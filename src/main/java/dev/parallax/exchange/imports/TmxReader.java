package dev.parallax.exchange.imports;

import dev.parallax.common.Xml;
import dev.parallax.exchange.export.TmxWriter;
import dev.parallax.text.LanguageTags;

import javax.xml.stream.XMLStreamConstants;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads a TMX file (1.4b, or older ones with {@code lang}) with any number of languages. Versions are told
 * apart by the {@code x-version} prop of each {@code <tuv>} that Parallax writes, else one version per
 * language; their metadata comes from the header's {@code x-version.<id>.<field>} props. Each
 * {@code <tu>} is a row, except that consecutive tus with the same {@code x-row} prop (a row exported
 * sentence by sentence) form one row. Inline codes are dropped, their text too, but for
 * {@code <ph type="x-paragraph"/>}, which separates paragraphs, and {@code <hi>}, whose text is kept.
 */
public final class TmxReader {

    public ImportedAlignment read(byte[] data, String fileName) {
        String what = fileName == null || fileName.isBlank() ? "The TMX file" : fileName;
        try (Xml.Reader in = Xml.read(data, what)) {
            String root = in.root();
            if (!"tmx".equals(root)) {
                throw in.invalid("Not TMX", "the root element is <" + root + ">, not <tmx>.");
            }
            Map<String, String> header = new LinkedHashMap<>();
            String srclang = null;
            boolean body = false;
            List<List<List<ImportedAlignment.Paragraph>>> rows = new ArrayList<>();
            Map<String, VersionSeen> versions = new LinkedHashMap<>();
            State state = new State(rows, versions);
            int event;
            while ((event = in.next()) != XMLStreamConstants.END_DOCUMENT) {
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                switch (in.name()) {
                    case "header" -> {
                        srclang = in.attribute("srclang");
                        readHeader(in, header);
                    }
                    case "body" -> {
                        body = true;
                        readBody(in, state);
                    }
                    default -> {
                    }
                }
            }
            if (!body) {
                throw in.invalid("Invalid TMX", "<tmx> has no <body> element, so no translation units.");
            }
            state.endRow();
            if (rows.isEmpty()) {
                throw in.invalid("Invalid TMX", "<body> holds no <tu> with text.");
            }
            List<ImportedAlignment.Version> ordered = versions(header, versions, srclang);
            fill(ordered, state.rowsCells, rows);
            return new ImportedAlignment(header.get("x-story-title"), header.get("x-story-slug"), ordered, rows);
        }
    }

    private static void readHeader(Xml.Reader in, Map<String, String> header) {
        int depth = 0;
        while (true) {
            int event = in.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                if ("prop".equals(in.name()) && in.attribute("type") != null) {
                    String type = in.attribute("type");
                    header.put(type, in.text().strip());
                } else {
                    depth++;
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                if (depth-- == 0) {
                    return;
                }
            } else if (event == XMLStreamConstants.END_DOCUMENT) {
                return;
            }
        }
    }

    /** One version as met in the body: its key (x-version, else the language) and what the tuvs said of it. */
    private static final class VersionSeen {
        final String ref;
        final String language;
        String outlet;

        VersionSeen(String ref, String language) {
            this.ref = ref;
            this.language = language;
        }
    }

    private static final class State {
        final List<List<List<ImportedAlignment.Paragraph>>> rows;
        final Map<String, VersionSeen> versions;
        Map<String, CellBuilder> cells = new HashMap<>();
        String rowKey;

        State(List<List<List<ImportedAlignment.Paragraph>>> rows, Map<String, VersionSeen> versions) {
            this.rows = rows;
            this.versions = versions;
        }

        void startTu(String xRow) {
            if (xRow == null || !Objects.equals(xRow, rowKey)) {
                endRow();
            }
            rowKey = xRow;
        }

        void endRow() {
            if (cells.isEmpty()) {
                return;
            }
            List<List<ImportedAlignment.Paragraph>> row = new ArrayList<>();
            rowsCells.add(cells);
            rows.add(row); // filled once every version is known (see versions())
            cells = new HashMap<>();
        }

        final List<Map<String, CellBuilder>> rowsCells = new ArrayList<>();
    }

    private static void readBody(Xml.Reader in, State state) {
        while (true) {
            int event = in.next();
            if (event == XMLStreamConstants.START_ELEMENT && "tu".equals(in.name())) {
                readTu(in, state);
            } else if (event == XMLStreamConstants.END_ELEMENT && "body".equals(in.name())) {
                return;
            } else if (event == XMLStreamConstants.END_DOCUMENT) {
                throw in.invalid("Invalid TMX", "the file ends inside <body>.");
            }
        }
    }

    private static void readTu(Xml.Reader in, State state) {
        int tuLine = in.line();
        Map<String, String> props = new HashMap<>();
        List<Runnable> tuvs = new ArrayList<>();
        List<String> seenInTu = new ArrayList<>();
        while (true) {
            int event = in.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (in.name()) {
                    case "prop" -> {
                        String type = in.attribute("type");
                        String value = in.text().strip();
                        if (type != null) {
                            props.put(type, value);
                        }
                    }
                    case "tuv" -> tuvs.add(readTuv(in, state, seenInTu, tuLine));
                    case "note" -> in.text();
                    default -> throw in.invalid("Invalid TMX", "unexpected <" + in.name() + "> in the <tu> at line " + tuLine + ".");
                }
            } else if (event == XMLStreamConstants.END_ELEMENT && "tu".equals(in.name())) {
                break;
            } else if (event == XMLStreamConstants.END_DOCUMENT) {
                throw in.invalid("Invalid TMX", "the file ends inside the <tu> at line " + tuLine + ".");
            }
        }
        if (tuvs.isEmpty()) {
            throw in.invalid("Invalid TMX", "the <tu> at line " + tuLine + " has no <tuv>.");
        }
        state.startTu(props.get("x-row"));
        tuvs.forEach(Runnable::run);
    }

    /** Reads a tuv now; what it adds to the row is applied once the tu's x-row is known. */
    private static Runnable readTuv(Xml.Reader in, State state, List<String> seenInTu, int tuLine) {
        int line = in.line();
        String lang = in.lang();
        if (lang == null || lang.isBlank()) {
            throw in.invalid("Invalid TMX", "the <tuv> at line " + line + " has no xml:lang.");
        }
        Map<String, String> props = new HashMap<>();
        List<Object> content = null; // String pieces and PARAGRAPH marks
        while (true) {
            int event = in.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (in.name()) {
                    case "prop" -> {
                        String type = in.attribute("type");
                        String value = in.text().strip();
                        if (type != null) {
                            props.put(type, value);
                        }
                    }
                    case "note" -> in.text();
                    case "seg" -> content = readSeg(in);
                    default -> throw in.invalid("Invalid TMX", "unexpected <" + in.name() + "> in the <tuv> at line " + line + ".");
                }
            } else if (event == XMLStreamConstants.END_ELEMENT && "tuv".equals(in.name())) {
                break;
            } else if (event == XMLStreamConstants.END_DOCUMENT) {
                throw in.invalid("Invalid TMX", "the file ends inside the <tuv> at line " + line + ".");
            }
        }
        if (content == null) {
            throw in.invalid("Invalid TMX", "the <tuv> at line " + line + " has no <seg>.");
        }
        String ref = props.getOrDefault("x-version", lang);
        if (seenInTu.contains(ref)) {
            throw in.invalid("Invalid TMX", "the <tu> at line " + tuLine + " has two <tuv>s for "
                    + (props.containsKey("x-version") ? "version " + ref : "the language " + lang)
                    + "; give each an x-version prop to keep two versions in one language apart.");
        }
        seenInTu.add(ref);
        List<Integer> indices = indices(props.get("x-paragraphs"));
        List<String> statuses = props.containsKey("x-statuses") ? List.of(props.get("x-statuses").split(",", -1)) : List.of();
        String outlet = props.get("x-outlet");
        List<Object> pieces = content;
        return () -> {
            VersionSeen v = state.versions.computeIfAbsent(ref, r -> new VersionSeen(r, lang));
            if (v.outlet == null) {
                v.outlet = outlet;
            }
            CellBuilder cell = state.cells.computeIfAbsent(ref, r -> new CellBuilder());
            cell.segment();
            cell.open();
            for (Object piece : pieces) {
                if (piece == PARAGRAPH) {
                    cell.mark();
                } else {
                    cell.text((String) piece);
                }
            }
            cell.index(indices);
            cell.statuses(statuses);
        };
    }

    private static final Object PARAGRAPH = new Object();

    private static List<Object> readSeg(Xml.Reader in) {
        List<Object> pieces = new ArrayList<>();
        int skipDepth = 0; // inside a native code (bpt, ept, it, ph, ut): its text is not the translation's
        int depth = 0;
        while (true) {
            int event = in.next();
            if (event == XMLStreamConstants.CHARACTERS) {
                if (skipDepth == 0) {
                    pieces.add(in.xml().getText());
                }
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                String name = in.name();
                if (skipDepth > 0) {
                    skipDepth++;
                } else if ("ph".equals(name) && TmxWriter.PARAGRAPH_MARK.equals(in.attribute("type"))) {
                    pieces.add(PARAGRAPH);
                    skipDepth = 1;
                } else if (!"hi".equals(name)) {
                    skipDepth = 1;
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                if (depth-- == 0) {
                    return pieces;
                }
                if (skipDepth > 0) {
                    skipDepth--;
                }
            } else if (event == XMLStreamConstants.END_DOCUMENT) {
                return pieces;
            }
        }
    }

    private static List<Integer> indices(String list) {
        List<Integer> out = new ArrayList<>();
        if (list == null || list.isBlank()) {
            return out;
        }
        for (String part : list.split(",")) {
            try {
                out.add(Integer.parseInt(part.strip()));
            } catch (NumberFormatException e) {
                return List.of();
            }
        }
        return out;
    }

    /**
     * The versions in order: those the header lists, in its order, then any other met in the body; the
     * source language's version first when the header lists none.
     */
    private static List<ImportedAlignment.Version> versions(Map<String, String> header, Map<String, VersionSeen> seen, String srclang) {
        List<String> order = new ArrayList<>();
        for (String type : header.keySet()) {
            if (type.startsWith("x-version.")) {
                int dot = type.lastIndexOf('.');
                String ref = type.substring("x-version.".length(), dot);
                if (!order.contains(ref) && seen.containsKey(ref)) {
                    order.add(ref);
                }
            }
        }
        List<String> rest = new ArrayList<>(seen.keySet());
        rest.removeAll(order);
        if (order.isEmpty() && srclang != null) {
            rest.stream().filter(r -> seen.get(r).language.equalsIgnoreCase(srclang)).findFirst().ifPresent(r -> {
                rest.remove(r);
                order.add(r);
            });
        }
        order.addAll(rest);
        List<ImportedAlignment.Version> versions = new ArrayList<>();
        for (String ref : order) {
            VersionSeen v = seen.get(ref);
            String p = "x-version." + ref + ".";
            String outlet = header.getOrDefault(p + "outlet", v.outlet != null ? v.outlet : LanguageTags.displayName(v.language));
            versions.add(new ImportedAlignment.Version(ref, header.get(p + "key"), outlet,
                    header.getOrDefault(p + "language", v.language), header.get(p + "title"), header.get(p + "kind"),
                    header.get(p + "translation-of"), header.get(p + "source-url"), header.get(p + "published")));
        }
        return versions;
    }

    /** Fills the rows' cells in version order once every version is known. */
    static void fill(List<ImportedAlignment.Version> versions, List<Map<String, CellBuilder>> cells,
                     List<List<List<ImportedAlignment.Paragraph>>> rows) {
        for (int r = 0; r < rows.size(); r++) {
            for (ImportedAlignment.Version v : versions) {
                CellBuilder cell = cells.get(r).get(v.ref());
                rows.get(r).add(cell == null ? List.of() : cell.build());
            }
        }
    }
}
