package dev.parallax.term.engine;

import java.util.List;

/**
 * One concept as exchanged: its stable key (the CSV's {@code concept}, the TBX {@code conceptEntry id}),
 * domain, definition and terms. {@code where} says where it came from ("line 12", "conceptEntry 'x'") for
 * error messages.
 */
public record ConceptData(String key, Domain domain, String definition, List<TermData> terms, String where) {

    public ConceptData {
        terms = List.copyOf(terms);
    }
}
