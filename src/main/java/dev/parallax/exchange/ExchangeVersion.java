package dev.parallax.exchange;

import dev.parallax.text.LanguageTags;

/**
 * A version as the exchange formats carry it. {@code id} tells versions apart inside a file (the database id
 * on export); {@code translationOf} is the id of another version in the same file, or null;
 * {@code publishedAt} an ISO date (2022-05-08) or null.
 */
public record ExchangeVersion(String id, String key, String outlet, String language, String title, String kind,
                              String translationOf, String sourceUrl, String publishedAt) {

    public ExchangeVersion(String id, String key, String outlet, String language, String title, String kind, String translationOf) {
        this(id, key, outlet, language, title, kind, translationOf, null, null);
    }

    public boolean rightToLeft() {
        return LanguageTags.isRightToLeft(language);
    }

    public boolean isTranslation() {
        return "translation".equals(kind);
    }

    /** The column header of CSV, TSV and DOCX: "SANA (ar)". */
    public String header() {
        return outlet + " (" + language + ")";
    }
}
