package dev.parallax.exchange;

import java.util.List;

/**
 * What the exchange writers export: some versions of a story and their aligned rows, as plain values with
 * no database or web code in them, so that a writer can be tested and benchmarked on its own.
 * {@code versions.get(0)} is the base.
 *
 * @param rows         the rows in order; iterated once per export
 * @param segmentation paragraph (one segment per row) or sentence (a row's sentences aligned inside it)
 * @param segmenter    cuts a row into segments for {@link Segmentation#SENTENCE}
 * @param statuses     per-paragraph statuses of every version; the default knows none
 * @param flags        per-row flags (differences, later); the default raises none
 */
public record AlignedText(String title, String slug, List<ExchangeVersion> versions, Iterable<ExchangeRow> rows,
                          Segmentation segmentation, Segmenter segmenter, StatusLookup statuses, FlagLookup flags) {

    public AlignedText {
        versions = List.copyOf(versions);
        if (versions.size() < 2) {
            throw new IllegalArgumentException("an export needs at least two versions");
        }
        statuses = statuses == null ? StatusLookup.NONE : statuses;
        flags = flags == null ? FlagLookup.NONE : flags;
        segmentation = segmentation == null ? Segmentation.PARAGRAPH : segmentation;
        segmenter = segmenter == null ? Segmenter.PARAGRAPHS : segmenter;
    }

    /** Paragraph segmentation, no statuses, no flags. */
    public static AlignedText of(String title, String slug, List<ExchangeVersion> versions, Iterable<ExchangeRow> rows) {
        return new AlignedText(title, slug, versions, rows, Segmentation.PARAGRAPH, Segmenter.PARAGRAPHS, null, null);
    }

    public AlignedText withSegmentation(Segmentation segmentation, Segmenter segmenter) {
        return new AlignedText(title, slug, versions, rows, segmentation, segmenter, statuses, flags);
    }

    /** The segments of a row under this text's segmentation. */
    public List<Segment> segments(ExchangeRow row) {
        return segmentation == Segmentation.SENTENCE ? segmenter.segments(row, versions) : Segmenter.PARAGRAPHS.segments(row, versions);
    }

    /**
     * The state a version's cell is in: for a translation its paragraphs' status when one is known (the first
     * found), else the row's alignment state ("confirmed", "fixed") or null.
     */
    public String state(ExchangeRow row, int version) {
        ExchangeVersion v = versions.get(version);
        for (int index : v.isTranslation() ? row.indices().get(version) : List.<Integer>of()) {
            String status = statuses.status(v.id(), index);
            if (status != null) {
                return status;
            }
        }
        return row.alignmentState();
    }

    /** The statuses of version {@code version}'s paragraphs in the row, in order (null where none is known), or empty if none is. */
    public List<String> statuses(ExchangeRow row, int version) {
        String id = versions.get(version).id();
        List<String> out = new java.util.ArrayList<>();
        boolean any = false;
        for (int index : row.indices().get(version)) {
            String status = statuses.status(id, index);
            any |= status != null;
            out.add(status);
        }
        return any ? out : List.of();
    }
}
