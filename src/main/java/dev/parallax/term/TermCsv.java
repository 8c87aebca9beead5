package dev.parallax.term;

import dev.parallax.common.ApiException;
import dev.parallax.term.engine.ConceptData;
import dev.parallax.term.engine.Domain;
import dev.parallax.term.engine.TermData;
import dev.parallax.term.engine.TermStatus;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The termbase as CSV (RFC 4180, UTF-8), one row per term: the starter file {@code translations/termbase.csv}
 * and the API's CSV export and import. Lines starting with {@code #} before the header are comments
 * (provenance, licence). Rows with the same {@code concept} make one concept.
 */
public final class TermCsv {

    public static final List<String> HEADER = List.of("concept", "domain", "definition", "language", "term", "status",
            "part_of_speech", "outlet", "note");

    private TermCsv() {
    }

    /** The concepts of a CSV file; a 400 naming the line at fault for anything malformed. */
    public static List<ConceptData> read(byte[] data) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(data)).toString();
        } catch (CharacterCodingException e) {
            throw ApiException.badRequest("Invalid CSV", "The termbase CSV is not UTF-8 text.");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        Parser p = new Parser(text);
        // comments before the header
        while (p.pos < text.length() && (text.charAt(p.pos) == '#' || p.atBlankLine())) {
            p.skipLine();
        }
        int headerLine = p.line;
        List<String> header = p.record();
        if (header == null) {
            throw ApiException.badRequest("Invalid CSV", "The termbase CSV has no header line (" + String.join(",", HEADER) + ").");
        }
        List<String> names = header.stream().map(h -> h.strip().toLowerCase(java.util.Locale.ROOT)).toList();
        if (!names.equals(HEADER)) {
            throw ApiException.badRequest("Invalid CSV", "line " + headerLine + ": the header must be exactly "
                    + String.join(",", HEADER) + ".");
        }
        Map<String, Builder> concepts = new LinkedHashMap<>();
        while (true) {
            int line = p.line;
            List<String> row = p.record();
            if (row == null) {
                break;
            }
            if (row.size() == 1 && row.get(0).isBlank()) {
                continue;
            }
            if (row.size() != HEADER.size()) {
                throw ApiException.badRequest("Invalid CSV", "line " + line + ": " + row.size() + " fields where the header has "
                        + HEADER.size() + ".");
            }
            String key = row.get(0).strip();
            if (key.isEmpty()) {
                throw ApiException.badRequest("Invalid CSV", "line " + line + ": the concept id is empty.");
            }
            Builder b = concepts.computeIfAbsent(key, k -> new Builder(k, "line " + line));
            String domain = row.get(1).strip();
            if (!domain.isEmpty()) {
                Domain d = Domain.parse(domain);
                if (d == null) {
                    throw ApiException.badRequest("Invalid CSV", "line " + line + ": unknown domain '" + domain
                            + "' (person, place, organisation, title, event, general).");
                }
                if (b.domain == null) {
                    b.domain = d;
                }
            }
            if (b.definition == null && !row.get(2).isBlank()) {
                b.definition = row.get(2).strip();
            }
            String status = row.get(5).strip();
            TermStatus s = status.isEmpty() ? TermStatus.ADMITTED : TermStatus.parse(status);
            if (s == null) {
                throw ApiException.badRequest("Invalid CSV", "line " + line + ": unknown status '" + status
                        + "' (preferred, admitted, forbidden).");
            }
            b.terms.add(new TermData(row.get(3).strip(), row.get(4), s, blankToNull(row.get(6)), blankToNull(row.get(7)),
                    blankToNull(row.get(8))));
            b.lines.add(line);
        }
        List<ConceptData> out = new ArrayList<>();
        for (Builder b : concepts.values()) {
            out.add(new ConceptData(b.key, b.domain == null ? Domain.GENERAL : b.domain, b.definition, b.terms, b.where));
        }
        return out;
    }

    /** The concepts as CSV, with a comment saying where it came from. */
    public static String write(List<ConceptData> concepts, String comment) {
        StringBuilder sb = new StringBuilder();
        if (comment != null) {
            for (String l : comment.split("\n")) {
                sb.append("# ").append(l).append("\r\n");
            }
        }
        sb.append(String.join(",", HEADER)).append("\r\n");
        for (ConceptData c : concepts) {
            boolean first = true;
            for (TermData t : c.terms()) {
                field(sb, c.key(), false);
                field(sb, first ? c.domain().key() : "", true);
                field(sb, first && c.definition() != null ? c.definition() : "", true);
                field(sb, t.language(), true);
                field(sb, t.text(), true);
                field(sb, t.status().key(), true);
                field(sb, t.partOfSpeech(), true);
                field(sb, t.outlet(), true);
                field(sb, t.note(), true);
                sb.append("\r\n");
                first = false;
            }
        }
        return sb.toString();
    }

    private static void field(StringBuilder sb, String value, boolean comma) {
        if (comma) {
            sb.append(',');
        }
        String v = value == null ? "" : value;
        if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0
                || v.startsWith("#") || !v.equals(v.strip())) {
            sb.append('"').append(v.replace("\"", "\"\"")).append('"');
        } else {
            sb.append(v);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static final class Builder {
        final String key;
        final String where;
        Domain domain;
        String definition;
        final List<TermData> terms = new ArrayList<>();
        final List<Integer> lines = new ArrayList<>();

        Builder(String key, String where) {
            this.key = key;
            this.where = where;
        }
    }

    /** RFC 4180 records, counting lines so errors can name them; a quoted field may span lines. */
    private static final class Parser {
        final String text;
        int pos;
        int line = 1;

        Parser(String text) {
            this.text = text;
        }

        boolean atBlankLine() {
            return text.charAt(pos) == '\n' || text.charAt(pos) == '\r';
        }

        void skipLine() {
            while (pos < text.length() && text.charAt(pos) != '\n') {
                pos++;
            }
            if (pos < text.length()) {
                pos++;
            }
            line++;
        }

        /** The next record, or null at the end. */
        List<String> record() {
            if (pos >= text.length()) {
                return null;
            }
            int startLine = line;
            List<String> fields = new ArrayList<>();
            StringBuilder f = new StringBuilder();
            boolean quoted = false;
            boolean wasQuoted = false;
            while (pos < text.length()) {
                char c = text.charAt(pos++);
                if (quoted) {
                    if (c == '"') {
                        if (pos < text.length() && text.charAt(pos) == '"') {
                            f.append('"');
                            pos++;
                        } else {
                            quoted = false;
                        }
                    } else {
                        if (c == '\n') {
                            line++;
                        }
                        f.append(c);
                    }
                } else if (c == '"' && f.isEmpty() && !wasQuoted) {
                    quoted = true;
                    wasQuoted = true;
                } else if (c == ',') {
                    fields.add(f.toString());
                    f.setLength(0);
                    wasQuoted = false;
                } else if (c == '\r' && pos < text.length() && text.charAt(pos) == '\n') {
                    // CRLF: the LF ends the record
                } else if (c == '\n' || c == '\r') {
                    line++;
                    fields.add(f.toString());
                    return fields;
                } else if (wasQuoted) {
                    throw ApiException.badRequest("Invalid CSV", "line " + line + ": text after a closing quote in field "
                            + (fields.size() + 1) + ".");
                } else {
                    f.append(c);
                }
            }
            if (quoted) {
                throw ApiException.badRequest("Invalid CSV", "line " + startLine + ": a quoted field is never closed.");
            }
            fields.add(f.toString());
            return fields;
        }
    }
}
