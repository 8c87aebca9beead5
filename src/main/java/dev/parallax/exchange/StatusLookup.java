package dev.parallax.exchange;

/**
 * The status of a paragraph (draft, translated, reviewed, approved), which the editing feature will keep.
 * Until then nothing has a status and exports fall back on the row's alignment state.
 */
@FunctionalInterface
public interface StatusLookup {

    StatusLookup NONE = (version, paragraph) -> null;

    /** @return the status of paragraph {@code index} of version {@code versionId}, or null if it has none */
    String status(String versionId, int index);
}
