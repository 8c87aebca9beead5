package dev.parallax.exchange.imports;

import dev.parallax.common.ApiException;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads CSV (RFC 4180) or TSV with the same quoting: a header line naming each column's version
 * ("SANA (ar)"), then one line per row. Every line must have as many fields as the header (a ragged line is
 * refused with its number, since a shifted cell would put a paragraph in the wrong row). A blank line
 * inside a field separates paragraphs. Strict UTF-8, byte-order mark optional.
 */
public final class DelimitedReader {

    /** "Outlet (lang)", "Outlet [lang]" or "Outlet · lang". */
    private static final Pattern HEADER = Pattern.compile("^(.*?)\\s*(?:\\(\\s*([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*)\\s*\\)|"
            + "\\[\\s*([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*)\\s*]|·\\s*([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*))$");

    private final char delimiter;

    public DelimitedReader(char delimiter) {
        this.delimiter = delimiter;
    }

    public ImportedAlignment read(byte[] data, String fileName) {
        String what = fileName == null || fileName.isBlank() ? (delimiter == ',' ? "The CSV file" : "The TSV file") : fileName;
        String text = Utf8.decode(data, what);
        List<Record> records = parse(text, what);
        if (records.isEmpty()) {
            throw ApiException.badRequest("Empty file", what + " has no header line.");
        }
        Record header = records.get(0);
        List<ImportedAlignment.Version> versions = new ArrayList<>();
        for (int c = 0; c < header.fields.size(); c++) {
            String name = header.fields.get(c).strip();
            ImportedAlignment.Version version = column(name, String.valueOf(c));
            if (version == null) {
                throw ApiException.badRequest("Invalid header", what + ", line " + header.line + ", column " + (c + 1) + ": '" + name
                        + "' does not name an outlet and a language; write it as 'Outlet (language)', e.g. 'SANA (ar)'.");
            }
            versions.add(version);
        }
        List<List<List<ImportedAlignment.Paragraph>>> rows = new ArrayList<>();
        for (Record record : records.subList(1, records.size())) {
            if (record.fields.size() != header.fields.size()) {
                throw ApiException.badRequest("Ragged rows", what + ", line " + record.line + ": " + record.fields.size()
                        + (record.fields.size() == 1 ? " field" : " fields") + " where the header has " + header.fields.size()
                        + "; every line needs one field per version (an empty field for an empty cell).");
            }
            List<List<ImportedAlignment.Paragraph>> row = new ArrayList<>();
            for (String field : record.fields) {
                if (field.isBlank()) {
                    row.add(List.of()); // an empty field is an empty cell
                    continue;
                }
                CellBuilder cell = new CellBuilder();
                cell.text(field);
                row.add(cell.build());
            }
            if (row.stream().anyMatch(c -> !c.isEmpty())) {
                rows.add(row);
            }
        }
        return new ImportedAlignment(null, null, versions, rows);
    }

    /** The version a column header names ("SANA (ar)"), or null if it names none. */
    static ImportedAlignment.Version column(String header, String ref) {
        Matcher m = HEADER.matcher(header.strip());
        if (!m.matches() || m.group(1).isBlank()) {
            return null;
        }
        String language = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
        return new ImportedAlignment.Version(ref, null, m.group(1).strip(), language, null, null, null);
    }

    private record Record(int line, List<String> fields) {
    }

    private List<Record> parse(String text, String what) {
        List<Record> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int recordLine = 1;
        int i = 0;
        int n = text.length();
        boolean atRecordStart = true;
        while (i < n) {
            char c = text.charAt(i);
            if (atRecordStart && (c == '\n' || c == '\r')) {
                // a blank line between records: nothing to read
                i += c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n' ? 2 : 1;
                line++;
                recordLine = line;
                continue;
            }
            atRecordStart = false;
            if (c == '"' && field.length() == 0) {
                int quoteLine = line;
                i++;
                while (true) {
                    if (i >= n) {
                        throw ApiException.badRequest("Malformed " + (delimiter == ',' ? "CSV" : "TSV"), what + ", line " + quoteLine
                                + ": a quoted field is never closed.");
                    }
                    char q = text.charAt(i);
                    if (q == '"') {
                        if (i + 1 < n && text.charAt(i + 1) == '"') {
                            field.append('"');
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    if (q == '\n') {
                        line++;
                    }
                    field.append(q);
                    i++;
                }
                if (i < n && text.charAt(i) != delimiter && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
                    throw ApiException.badRequest("Malformed " + (delimiter == ',' ? "CSV" : "TSV"), what + ", line " + line
                            + ": text after the closing quote of a field; double a quote inside a quoted field (\"\").");
                }
                continue;
            }
            if (c == delimiter) {
                fields.add(field.toString());
                field.setLength(0);
                i++;
            } else if (c == '\n' || c == '\r') {
                fields.add(field.toString());
                field.setLength(0);
                records.add(new Record(recordLine, fields));
                fields = new ArrayList<>();
                i += c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n' ? 2 : 1;
                line++;
                recordLine = line;
                atRecordStart = true;
            } else {
                field.append(c);
                i++;
            }
        }
        if (!atRecordStart) {
            fields.add(field.toString());
            records.add(new Record(recordLine, fields));
        }
        return records;
    }
}
