package dev.parallax.exchange.export;

import dev.parallax.exchange.AlignedText;
import dev.parallax.exchange.ExchangeRow;
import dev.parallax.exchange.ExchangeVersion;
import dev.parallax.exchange.ExchangeWriter;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * CSV (RFC 4180) or TSV: a header line naming each version ("SANA (ar)"), then one line per row with one
 * field per version; an empty cell is an empty field. Paragraphs sharing a cell are joined by a blank line
 * inside the quoted field. Lines end in CRLF; a field is quoted when it holds the delimiter, a quote or a
 * line break (TSV uses the same quoting, as spreadsheets do). UTF-8, with a byte-order mark on request so
 * that Excel reads Arabic and Persian right.
 */
public final class DelimitedWriter implements ExchangeWriter {

    private final char delimiter;
    private final boolean bom;

    public DelimitedWriter(char delimiter, boolean bom) {
        this.delimiter = delimiter;
        this.bom = bom;
    }

    public static DelimitedWriter csv(boolean bom) {
        return new DelimitedWriter(',', bom);
    }

    public static DelimitedWriter tsv(boolean bom) {
        return new DelimitedWriter('\t', bom);
    }

    @Override
    public void write(AlignedText text, OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        if (bom) {
            w.write('\uFEFF');
        }
        List<ExchangeVersion> versions = text.versions();
        for (int v = 0; v < versions.size(); v++) {
            field(w, v, versions.get(v).header());
        }
        w.write("\r\n");
        for (ExchangeRow row : text.rows()) {
            for (int v = 0; v < versions.size(); v++) {
                field(w, v, String.join("\n\n", row.texts().get(v)));
            }
            w.write("\r\n");
        }
        w.flush();
    }

    private void field(Writer w, int column, String value) throws IOException {
        if (column > 0) {
            w.write(delimiter);
        }
        boolean quote = false;
        for (int i = 0; i < value.length() && !quote; i++) {
            char c = value.charAt(i);
            quote = c == delimiter || c == '"' || c == '\n' || c == '\r';
        }
        if (!quote) {
            w.write(value);
            return;
        }
        w.write('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"') {
                w.write('"');
            }
            w.write(c);
        }
        w.write('"');
    }
}
