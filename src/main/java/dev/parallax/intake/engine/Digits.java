package dev.parallax.intake.engine;

/** Persian (U+06F0…) and Arabic-Indic (U+0660…) digits as ASCII ones, for reading dates out of pages. */
public final class Digits {

    private Digits() {
    }

    public static String ascii(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\u0660' && c <= '\u0669') {
                b.append((char) ('0' + (c - '\u0660')));
            } else if (c >= '\u06F0' && c <= '\u06F9') {
                b.append((char) ('0' + (c - '\u06F0')));
            } else if (c == '\u066B') {
                b.append('.'); // Arabic decimal separator
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
