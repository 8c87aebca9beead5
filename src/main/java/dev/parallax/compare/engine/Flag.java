package dev.parallax.compare.engine;

/**
 * A difference an editor should look at: its {@code type}, the wording in the base and in the other
 * version ("" when absent there), and a one-line explanation.
 */
public record Flag(Type type, String base, String other, String message) {

    public enum Type {
        NUMBER, NAME, TERM, QUOTE, ATTRIBUTION, NEGATION, MODALITY, MISSING;

        /** The name the API and the page filters use ("number", "name", …). */
        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        public static Type ofKey(String key) {
            for (Type t : values()) {
                if (t.key().equals(key)) {
                    return t;
                }
            }
            return null;
        }
    }
}
