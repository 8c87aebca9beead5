package dev.parallax.term.engine;

import java.util.Locale;

/** What kind of thing a concept names: the termbase's subject fields. */
public enum Domain {
    PERSON, PLACE, ORGANISATION, TITLE, EVENT, GENERAL;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The domain for {@code value} (any case; "organization" too), or null if it is not one. */
    public static Domain parse(String value) {
        if (value == null) {
            return null;
        }
        String v = value.strip().toLowerCase(Locale.ROOT);
        if (v.equals("organization")) {
            return ORGANISATION;
        }
        for (Domain d : values()) {
            if (d.key().equals(v)) {
                return d;
            }
        }
        return null;
    }
}
