package dev.parallax.exchange;

import java.io.IOException;
import java.io.OutputStream;

/** Writes aligned text in one format, row by row as the rows are iterated (DOCX excepted: see its writer). */
public interface ExchangeWriter {

    void write(AlignedText text, OutputStream out) throws IOException;
}
