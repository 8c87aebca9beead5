package dev.parallax.exchange;

import dev.parallax.text.LanguageTags;

/**
 * A version as the exchange formats carry it. {@code id} tells versions apart inside a file (the database id
 * on export); {@code translationOf} is the id of another version in the same file, or null.
 */
public record ExchangeVersion(String id, String key, String outlet, String language, String title, String kind,
                              String translationOf) {

    public boolean rightToLeft() {
        return LanguageTags.isRightToLeft(language);
    }

    /** The column header of CSV, TSV and DOCX: "SANA (ar)". */
    public String header() {
        return outlet + " (" + language + ")";
    }
}
