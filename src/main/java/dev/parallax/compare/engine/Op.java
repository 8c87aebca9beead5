package dev.parallax.compare.engine;

/**
 * One stretch of a diff: {@code equal} text is in both cells, {@code delete} only in the base,
 * {@code insert} only in the other. Concatenating equal + delete gives the base text, equal + insert the other.
 */
public record Op(Kind op, String text) {

    public enum Kind {
        EQUAL("equal"), INSERT("insert"), DELETE("delete");

        private final String json;

        Kind(String json) {
            this.json = json;
        }

        /** The name the API writes. */
        public String json() {
            return json;
        }
    }

    public static Op equal(String text) {
        return new Op(Kind.EQUAL, text);
    }

    public static Op insert(String text) {
        return new Op(Kind.INSERT, text);
    }

    public static Op delete(String text) {
        return new Op(Kind.DELETE, text);
    }
}
