package dev.parallax.text;

import java.text.Normalizer;
import java.util.Locale;

/** Turns a story title into a short, URL- and file-name-safe slug. */
public final class Slugs {

    private static final int MAX_LENGTH = 80;

    private Slugs() {
    }

    /**
     * Latin letters lose their accents, everything that is not a letter or digit becomes a hyphen.
     * Letters of other scripts are kept (a title in Arabic gets an Arabic slug rather than none).
     */
    public static String of(String title) {
        String decomposed = Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFKD)
                .replaceAll("[\\u0300-\\u036F]+", "") // Latin accents only: Arabic hamza and Persian marks stay
                .replace('’', '\'')
                .replace("'", "")
                .toLowerCase(Locale.ROOT);
        StringBuilder slug = new StringBuilder();
        boolean hyphen = false;
        for (int i = 0; i < decomposed.length(); ) {
            int cp = decomposed.codePointAt(i);
            i += Character.charCount(cp);
            boolean mark = Character.getType(cp) == Character.NON_SPACING_MARK || Character.getType(cp) == Character.COMBINING_SPACING_MARK;
            if (mark && !hyphen && slug.length() > 0) {
                slug.appendCodePoint(cp); // a mark stays on its letter (Arabic hamza, vowel signs)
            } else if (Character.isLetterOrDigit(cp)) {
                if (hyphen && slug.length() > 0) {
                    slug.append('-');
                }
                hyphen = false;
                slug.appendCodePoint(cp);
            } else {
                hyphen = true;
            }
            if (slug.length() >= MAX_LENGTH) {
                break;
            }
        }
        String result = Normalizer.normalize(slug.toString(), Normalizer.Form.NFC);
        return result.isEmpty() ? "story" : result;
    }
}
