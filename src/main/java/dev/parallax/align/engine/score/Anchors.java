package dev.parallax.align.engine.score;

/**
 * Concepts a text names, the same whatever its language: a termbase's terms as cross-language anchors. Two
 * units of different languages that name one concept ("Supreme Leader" / "القائد" / "رهبر انقلاب") share a
 * key, as they share a number or a transliterated name, from the first story on (no word list to learn).
 *
 * <p>The aligner only declares what it needs; the application supplies the termbase behind it (see
 * {@code term.engine.TermAnchors}), so the alignment engine knows no termbase. Implementations must be
 * immutable and thread-safe: one serves every request, and a changed termbase is a new instance.
 */
public interface Anchors {

    /** No anchors: the aligner works on lengths, numbers, names and the words it learns. */
    Anchors NONE = new Anchors() {
        @Override
        public long[] conceptsIn(String text, String language) {
            return EMPTY;
        }

        @Override
        public boolean isEmpty() {
            return true;
        }
    };

    long[] EMPTY = new long[0];

    /** The concepts whose terms in {@code language} (a BCP 47 tag, may be null) occur in {@code text}; repeats allowed. */
    long[] conceptsIn(String text, String language);

    /** Whether there are no anchors at all (lets the aligner skip the look-up). */
    default boolean isEmpty() {
        return false;
    }
}
