package dev.parallax.term.engine;

/** One term of a concept as exchanged (API, CSV, TBX): a language's wording with its status. */
public record TermData(String language, String text, TermStatus status, String partOfSpeech, String outlet, String note) {
}
