package dev.parallax.exchange;

/**
 * The status of a paragraph (draft, translated, reviewed, approved), as the editing feature keeps it. The
 * formats that can carry them write every paragraph's status, so an import gives them back.
 */
@FunctionalInterface
public interface StatusLookup {

    StatusLookup NONE = (version, paragraph) -> null;

    /** @return the status of paragraph {@code index} of version {@code versionId}, or null if it has none */
    String status(String versionId, int index);
}
