package dev.parallax.text;

import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Set;

/** Validates and canonicalises BCP 47 language tags ("en", "en-GB", "ar", "fa", "zh-Hant-TW", …). */
public final class LanguageTags {

    private static final Set<String> ISO_639_1 = Set.of(Locale.getISOLanguages());
    private static final Set<String> RTL_LANGUAGES = Set.of(
            "ar", "fa", "he", "iw", "ur", "ps", "sd", "ug", "yi", "dv", "ckb", "ku", "arb", "fas", "pes", "prs",
            "syr", "arc", "azb");
    private static final Set<String> RTL_SCRIPTS = Set.of("Arab", "Hebr", "Syrc", "Thaa", "Nkoo", "Adlm", "Rohg");

    private LanguageTags() {
    }

    /**
     * Returns the canonical form of a well-formed tag whose primary language is a real ISO 639 code,
     * or throws {@link MalformedTextException} naming what is wrong.
     */
    public static String canonical(String tag) {
        if (tag == null || tag.isBlank()) {
            throw new MalformedTextException("Invalid language", "A language tag is required (BCP 47, e.g. en, en-GB, ar, fa).");
        }
        String trimmed = tag.strip().replace('_', '-');
        Locale locale;
        try {
            locale = new Locale.Builder().setLanguageTag(trimmed).build();
        } catch (IllformedLocaleException e) {
            throw new MalformedTextException("Invalid language",
                    "'" + tag + "' is not a well-formed BCP 47 language tag (e.g. en, en-GB, ar, fa).");
        }
        String language = locale.getLanguage();
        boolean known = language.length() == 2 ? ISO_639_1.contains(language) : language.length() == 3;
        if (!known) {
            throw new MalformedTextException("Invalid language",
                    "'" + tag + "' does not start with an ISO 639 language code (e.g. en, en-GB, ar, fa).");
        }
        return locale.toLanguageTag();
    }

    /** Whether text in this language is written right to left. */
    public static boolean isRightToLeft(String tag) {
        if (tag == null || tag.isBlank()) {
            return false;
        }
        Locale locale = Locale.forLanguageTag(tag);
        if (!locale.getScript().isEmpty()) {
            return RTL_SCRIPTS.contains(locale.getScript());
        }
        return RTL_LANGUAGES.contains(locale.getLanguage());
    }

    /** The value for an HTML {@code dir} attribute. */
    public static String direction(String tag) {
        return isRightToLeft(tag) ? "rtl" : "ltr";
    }

    /** The language's name in English, for labels ("Arabic", "Persian", "English (United Kingdom)"). */
    public static String displayName(String tag) {
        if (tag == null || tag.isBlank()) {
            return "";
        }
        return Locale.forLanguageTag(tag).getDisplayName(Locale.ENGLISH);
    }
}
