package dev.parallax.memory.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The fuzzy look-up of the translation memory, in memory: an inverted index from folded words to segments
 * picks the candidates sharing the most (rarest) words with the text, and a word-level edit distance scores
 * them. Numbers count alike in the score and are substituted in the suggestion (the score loses 1 % per number
 * substituted and the match lists them); statuses below approved lose a little, so an approved translation
 * ranks above a draft of the same text. Segments are added and removed by group (one story, one named memory),
 * so an edit rebuilds only its own story's segments. Safe for concurrent look-ups and updates.
 */
public final class MemoryIndex {

    /** How much a status costs in the score: an approved segment counts more than a draft. */
    public static double statusPenalty(String status) {
        return switch (status == null ? "" : status) {
            case "approved", "reviewed", "external" -> 0.0;
            case "translated" -> 0.01;
            default -> 0.02;
        };
    }

    /** A number of the memory's source replaced by the current source's, in the suggestion. */
    public record Substitution(String from, String to) {
    }

    /** A scored suggestion: the segment, the target with numbers substituted, the score (0–1) and the word diff. */
    public record Match(Segment segment, String target, double score, List<Substitution> substitutions,
                        List<WordDiff.Op> diff) {
    }

    private record Entry(Segment segment, String group, String sourceLang, String targetLang, int[] words,
                         String[] keys, List<Words.Word> tokens) {
    }

    private static final int CANDIDATES = 150;

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final List<Entry> entries = new ArrayList<>();
    private final Map<String, Integer> dictionary = new HashMap<>();
    private final List<int[]> postings = new ArrayList<>();
    private final List<Integer> postingSizes = new ArrayList<>();
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

    /** Replaces a group's segments (an empty list removes the group). */
    public void replace(String group, List<Segment> segments) {
        List<Entry> prepared = new ArrayList<>(segments.size());
        for (Segment s : segments) {
            if (s.source() == null || s.target() == null || s.source().isBlank() || s.target().isBlank()) {
                continue;
            }
            List<Words.Word> tokens = Words.of(s.source());
            if (tokens.isEmpty()) {
                continue;
            }
            String[] keys = new String[tokens.size()];
            for (int i = 0; i < keys.length; i++) {
                keys[i] = tokens.get(i).key();
            }
            prepared.add(new Entry(s, group, primary(s.sourceLanguage()), primary(s.targetLanguage()), null, keys, tokens));
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
            if (prepared.isEmpty()) {
                return;
            }
            List<Integer> ids = new ArrayList<>(prepared.size());
            for (Entry e : prepared) {
                int id = entries.size();
                Set<Integer> distinct = new HashSet<>();
                for (String k : e.keys()) {
                    distinct.add(wordId(k));
                }
                int[] words = distinct.stream().mapToInt(Integer::intValue).toArray();
                entries.add(new Entry(e.segment(), group, e.sourceLang(), e.targetLang(), words, e.keys(), e.tokens()));
                for (int w : words) {
                    post(w, id);
                }
                ids.add(id);
                live++;
            }
            groups.put(group, ids);
            if (entries.size() > 1000 && live < entries.size() / 2) {
                compact();
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    public Set<String> groups() {
        lock.readLock().lock();
        try {
            return new HashSet<>(groups.keySet());
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * The best matches of a text from one language into another (primary subtags: "fa" finds "fa-IR"), at least
     * {@code min} (0–1), best first: score, then status, then the newest.
     */
    public List<Match> lookup(String sourceLanguage, String targetLanguage, String text, double min, int limit) {
        List<Words.Word> query = Words.of(text);
        if (query.isEmpty()) {
            return List.of();
        }
        String src = primary(sourceLanguage);
        String tgt = primary(targetLanguage);
        String[] keys = new String[query.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = query.get(i).key();
        }
        lock.readLock().lock();
        try {
            double[] overlap = new double[entries.size()];
            int[] touched = new int[64];
            int touchedCount = 0;
            Set<String> seen = new HashSet<>();
            double total = 0;
            for (String k : keys) {
                if (!seen.add(k)) {
                    continue;
                }
                Integer w = dictionary.get(k);
                double idf = w == null ? Math.log(1 + live) : Math.log(1 + (double) live / Math.max(1, postingSizes.get(w)));
                total += idf;
                if (w == null) {
                    continue;
                }
                int[] list = postings.get(w);
                int size = postingSizes.get(w);
                for (int p = 0; p < size; p++) {
                    int id = list[p];
                    if (overlap[id] == 0) {
                        if (touchedCount == touched.length) {
                            touched = java.util.Arrays.copyOf(touched, touchedCount * 2);
                        }
                        touched[touchedCount++] = id;
                    }
                    overlap[id] += idf;
                }
            }
            // a candidate must share enough of the text's weight to reach min at all
            double needed = total * Math.max(0, min - 0.3);
            List<Map.Entry<Integer, Double>> ranked = new ArrayList<>();
            for (int t = 0; t < touchedCount; t++) {
                int id = touched[t];
                Entry entry = entries.get(id);
                if (entry != null && overlap[id] >= needed && entry.sourceLang().equals(src) && entry.targetLang().equals(tgt)) {
                    ranked.add(Map.entry(id, overlap[id]));
                }
            }
            ranked.sort(Map.Entry.<Integer, Double>comparingByValue().reversed());
            List<Match> out = new ArrayList<>();
            Set<String> suggestions = new HashSet<>();
            for (Map.Entry<Integer, Double> e : ranked.subList(0, Math.min(CANDIDATES, ranked.size()))) {
                Match m = score(entries.get(e.getKey()), text, query, keys);
                if (m.score() >= min) {
                    out.add(m);
                }
            }
            out.sort(Comparator.comparingDouble(Match::score).reversed()
                    .thenComparingDouble(m -> statusPenalty(m.segment().status()))
                    .thenComparing(Comparator.comparingLong((Match m) -> m.segment().updatedAt()).reversed()));
            List<Match> distinct = new ArrayList<>();
            for (Match m : out) {
                // the same source and suggestion from two places shows once (the best-ranked)
                if (suggestions.add(m.segment().source() + "\u0000" + m.target()) && distinct.size() < limit) {
                    distinct.add(new Match(m.segment(), m.target(), m.score(), m.substitutions(),
                            WordDiff.between(m.segment().source(), text)));
                }
            }
            return distinct;
        } finally {
            lock.readLock().unlock();
        }
    }

    private static Match score(Entry e, String text, List<Words.Word> query, String[] keys) {
        int distance = WordDiff.distance(e.keys(), keys);
        int longest = Math.max(e.keys().length, keys.length);
        double score = 1.0 - (double) distance / longest;
        String target = e.segment().target();
        List<Substitution> substitutions = new ArrayList<>();
        List<String> memoryNumbers = numbers(e.tokens());
        List<String> queryNumbers = numbers(query);
        if (!memoryNumbers.equals(queryNumbers)) {
            if (memoryNumbers.size() == queryNumbers.size()) {
                for (int i = 0; i < memoryNumbers.size(); i++) {
                    String from = memoryNumbers.get(i);
                    String to = queryNumbers.get(i);
                    if (from.equals(to)) {
                        continue;
                    }
                    String replaced = replaceNumber(target, from, to);
                    if (replaced != null) {
                        target = replaced;
                        substitutions.add(new Substitution(from, to));
                        score -= 0.01;
                    } else {
                        score -= 1.0 / longest; // not in the translation: a plain difference
                    }
                }
            }
        }
        if (distance == 0 && substitutions.isEmpty() && !sameText(e.segment().source(), text)) {
            score = Math.min(score, 0.99); // only punctuation, spacing or letter forms differ
        }
        score -= statusPenalty(e.segment().status());
        return new Match(e.segment(), target, Math.max(0, Math.round(score * 1000) / 1000.0), substitutions, List.of());
    }

    private static boolean sameText(String a, String b) {
        return a.strip().replaceAll("\\s+", " ").equals(b.strip().replaceAll("\\s+", " "));
    }

    private static List<String> numbers(List<Words.Word> words) {
        List<String> out = new ArrayList<>();
        for (Words.Word w : words) {
            if (w.isNumber()) {
                out.add(w.number());
            }
        }
        return out;
    }

    /** The target with the first number of value {@code from} rewritten as {@code to} in the target's digits. */
    static String replaceNumber(String target, String from, String to) {
        for (Words.Word w : Words.of(target)) {
            if (w.isNumber() && w.number().equals(from)) {
                String original = target.substring(w.start(), w.end());
                return target.substring(0, w.start()) + Words.inDigitsOf(to, original) + target.substring(w.end());
            }
        }
        return null;
    }

    public static String primary(String language) {
        if (language == null) {
            return "";
        }
        int dash = language.indexOf('-');
        return (dash < 0 ? language : language.substring(0, dash)).toLowerCase(Locale.ROOT);
    }

    private int wordId(String key) {
        Integer id = dictionary.get(key);
        if (id == null) {
            id = postings.size();
            dictionary.put(key, id);
            postings.add(new int[4]);
            postingSizes.add(0);
        }
        return id;
    }

    private void post(int word, int entry) {
        int[] list = postings.get(word);
        int size = postingSizes.get(word);
        if (size == list.length) {
            list = java.util.Arrays.copyOf(list, size * 2);
            postings.set(word, list);
        }
        list[size] = entry;
        postingSizes.set(word, size + 1);
    }

    /** Drops removed segments from the postings, keeping ids in the groups right. */
    private void compact() {
        List<Entry> kept = new ArrayList<>();
        Map<String, List<Integer>> regrouped = new HashMap<>();
        for (int i = 0; i < postings.size(); i++) {
            postingSizes.set(i, 0);
        }
        for (Entry e : entries) {
            if (e == null) {
                continue;
            }
            int id = kept.size();
            kept.add(e);
            regrouped.computeIfAbsent(e.group(), g -> new ArrayList<>()).add(id);
            for (int w : e.words()) {
                post(w, id);
            }
        }
        entries.clear();
        entries.addAll(kept);
        groups.clear();
        groups.putAll(regrouped);
    }
}
