package dev.parallax.memory.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Full-text search and concordance over every paragraph, in memory: an inverted index from folded words
 * (see {@link Words}) to paragraphs. A query finds the paragraphs holding all its words; those holding them
 * as one phrase come first, and a phrase-only query (concordance) keeps only those. Paragraphs are added
 * and removed by group (one story), like {@link MemoryIndex}. Safe for concurrent queries and updates.
 */
public final class TextIndex {

    /** One indexed paragraph; {@code ref} is the caller's (story, version, index…), {@code language} its tag. */
    public record Doc(String language, String text, Object ref) {
    }

    /** A paragraph found: where the query's words stand in its text (phrase or every word). */
    public record Hit(Doc doc, boolean phrase, int start, int end, List<int[]> spans) {
        /** A piece of the text around the first match, about {@code width} characters, cut at word boundaries. */
        public String snippet(int width) {
            String text = doc.text();
            int from = Math.max(0, start - width / 3);
            int to = Math.min(text.length(), Math.max(end, from + width));
            while (from > 0 && !Character.isWhitespace(text.charAt(from - 1))) {
                from--;
            }
            while (to < text.length() && !Character.isWhitespace(text.charAt(to))) {
                to++;
            }
            return (from > 0 ? "… " : "") + text.substring(from, to).strip() + (to < text.length() ? " …" : "");
        }
    }

    private record Entry(Doc doc, String group, String[] words, List<Words.Word> tokens) {
    }

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final List<Entry> entries = new ArrayList<>();
    private final Map<String, int[]> postings = new HashMap<>();
    private final Map<String, Integer> sizes = new HashMap<>();
    private final Map<String, List<Integer>> groups = new HashMap<>();
    private int live;

    public int size() {
        lock.readLock().lock();
        try {
            return live;
        } finally {
            lock.readLock().unlock();
        }
    }

    public void replace(String group, List<Doc> docs) {
        List<Entry> prepared = new ArrayList<>();
        for (Doc d : docs) {
            List<Words.Word> tokens = Words.of(d.text());
            if (tokens.isEmpty()) {
                continue;
            }
            String[] words = new String[tokens.size()];
            for (int i = 0; i < words.length; i++) {
                words[i] = tokens.get(i).folded();
            }
            prepared.add(new Entry(d, group, words, tokens));
        }
        lock.writeLock().lock();
        try {
            List<Integer> old = groups.remove(group);
            if (old != null) {
                for (int id : old) {
                    entries.set(id, null);
                    live--;
                }
            }
            if (!prepared.isEmpty()) {
                List<Integer> ids = new ArrayList<>();
                for (Entry e : prepared) {
                    int id = entries.size();
                    entries.add(e);
                    for (String w : new LinkedHashSet<>(Arrays.asList(e.words()))) {
                        post(w, id);
                    }
                    ids.add(id);
                    live++;
                }
                groups.put(group, ids);
            }
            if (entries.size() > 1000 && live < entries.size() / 2) {
                compact();
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    /**
     * Paragraphs holding every word of the query that {@code filter} accepts; phrase hits first. With
     * {@code phraseOnly}, only paragraphs holding the words as one phrase (in order, nothing between).
     */
    public List<Hit> find(String query, boolean phraseOnly, Predicate<Doc> filter) {
        List<String> words = Words.folded(query);
        if (words.isEmpty()) {
            return List.of();
        }
        lock.readLock().lock();
        try {
            String rarest = null;
            for (String w : words) {
                Integer n = sizes.get(w);
                if (n == null) {
                    return List.of();
                }
                if (rarest == null || n < sizes.get(rarest)) {
                    rarest = w;
                }
            }
            List<Hit> phrase = new ArrayList<>();
            List<Hit> loose = new ArrayList<>();
            int[] list = postings.get(rarest);
            int size = sizes.get(rarest);
            for (int p = 0; p < size; p++) {
                Entry e = entries.get(list[p]);
                if (e == null || !filter.test(e.doc())) {
                    continue;
                }
                Hit hit = match(e, words, phraseOnly);
                if (hit != null) {
                    (hit.phrase() ? phrase : loose).add(hit);
                }
            }
            phrase.addAll(loose);
            return phrase;
        } finally {
            lock.readLock().unlock();
        }
    }

    private static Hit match(Entry e, List<String> words, boolean phraseOnly) {
        String[] doc = e.words();
        for (int i = 0; i + words.size() <= doc.length; i++) {
            boolean all = true;
            for (int k = 0; k < words.size(); k++) {
                if (!doc[i + k].equals(words.get(k))) {
                    all = false;
                    break;
                }
            }
            if (all) {
                int start = e.tokens().get(i).start();
                int end = e.tokens().get(i + words.size() - 1).end();
                return new Hit(e.doc(), true, start, end, List.<int[]>of(new int[]{start, end}));
            }
        }
        if (phraseOnly) {
            return null;
        }
        List<int[]> spans = new ArrayList<>();
        for (String w : new LinkedHashSet<>(words)) {
            int found = -1;
            for (int i = 0; i < doc.length; i++) {
                if (doc[i].equals(w)) {
                    found = i;
                    break;
                }
            }
            if (found < 0) {
                return null;
            }
            spans.add(new int[]{e.tokens().get(found).start(), e.tokens().get(found).end()});
        }
        spans.sort((a, b) -> Integer.compare(a[0], b[0]));
        return new Hit(e.doc(), false, spans.get(0)[0], spans.get(0)[1], spans);
    }

    private void post(String word, int id) {
        int[] list = postings.get(word);
        int size = sizes.getOrDefault(word, 0);
        if (list == null) {
            list = new int[2];
        } else if (size == list.length) {
            list = Arrays.copyOf(list, size * 2);
        }
        list[size] = id;
        postings.put(word, list);
        sizes.put(word, size + 1);
    }

    private void compact() {
        List<Entry> kept = new ArrayList<>();
        postings.clear();
        sizes.clear();
        groups.clear();
        for (Entry e : entries) {
            if (e == null) {
                continue;
            }
            int id = kept.size();
            kept.add(e);
            groups.computeIfAbsent(e.group(), g -> new ArrayList<>()).add(id);
            for (String w : new LinkedHashSet<>(Arrays.asList(e.words()))) {
                post(w, id);
            }
        }
        entries.clear();
        entries.addAll(kept);
    }
}
