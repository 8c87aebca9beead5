package dev.parallax.term.engine;

import java.util.Locale;

/** How a newsroom rates a term of a concept: the form to write, one it accepts, or one it refuses. */
public enum TermStatus {
    PREFERRED, ADMITTED, FORBIDDEN;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The status for {@code value} (any case), or null if it is not one. */
    public static TermStatus parse(String value) {
        if (value == null) {
            return null;
        }
        for (TermStatus s : values()) {
            if (s.key().equalsIgnoreCase(value.strip())) {
                return s;
            }
        }
        return null;
    }
}
