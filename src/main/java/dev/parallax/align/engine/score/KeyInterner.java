package dev.parallax.align.engine.score;

import java.util.HashMap;
import java.util.Map;

/** Gives each feature string a dense int id so units can be compared as sorted int arrays. */
public final class KeyInterner {
    private final Map<String, Integer> ids = new HashMap<>();

    public int id(String key) {
        Integer id = ids.get(key);
        if (id == null) {
            id = ids.size();
            ids.put(key, id);
        }
        return id;
    }

    public int size() {
        return ids.size();
    }
}
