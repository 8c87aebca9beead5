package dev.parallax.align.engine;

import java.util.List;

/**
 * The sentences of one n-way row, aligned: {@code sentences.get(i)} are version i's sentences in the
 * row (its paragraphs split by {@link SentenceSplitter}, numbered across the row's paragraphs), and each
 * row's cells index into them.
 */
public record SentenceAlignment(List<List<String>> sentences, List<Row> rows) {
    public SentenceAlignment {
        sentences = sentences.stream().map(List::copyOf).toList();
        rows = List.copyOf(rows);
    }
}
