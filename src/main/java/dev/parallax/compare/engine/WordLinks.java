package dev.parallax.compare.engine;

import dev.parallax.text.ConsonantSkeleton;
import dev.parallax.text.Token;
import dev.parallax.text.Tokenizer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;

/**
 * What links the words of a row's cells across languages (issue 12): the termbase's concepts ("term"), numbers in
 * any digits ("number"), names matched across scripts by consonant skeleton and onset, as the name rule matches them
 * (Assad / الأسد, Khamenei / خامنئي, SANA / سانا: "name"), and the pairs of the workbench's learnt word list
 * ("word"). {@link #marks} gives each cell's linkable words with a key their counterparts in the row's other cells
 * share; {@link #links} pairs two cells' marks; {@link #unlinked} finds a cell's content words with no counterpart
 * in the row's other languages. Pure; build one per termbase and word list and share it.
 */
public final class WordLinks {

    /** The learnt word list: a word's pair id in a language pair, shared by its translation on the other side. */
    @FunctionalInterface
    public interface WordPairs {
        /** For words of {@code language} towards {@code other}: a form (as {@link #lexiconForm} gives it) to its pair id, or -1. */
        ToIntFunction<String> between(String language, String other);

        WordPairs NONE = (language, other) -> form -> -1;
    }

    /** One cell of a row: its text and language ("" for an empty cell). */
    public record Cell(String text, String language) {
    }

    /** A linkable word or phrase: {@code [start, end)} in UTF-16 offsets, its key and kind (term, number, name, word). */
    public record Mark(int start, int end, String key, String kind) {
    }

    /** A link between a mark of the base text and one of the other text. */
    public record Link(int baseStart, int baseEnd, int otherStart, int otherEnd, String kind) {
    }

    private final TermLookup terms;
    private final WordPairs words;

    public WordLinks(TermLookup terms, WordPairs words) {
        this.terms = terms;
        this.words = words;
    }

    /** A word of a cell: its offsets and the tokeniser's view of it. */
    private record Word(int start, int end, Token token, boolean name, char onset, String skeleton, char bareOnset, String bareSkeleton) {

        /** A word with what name matching reads, computed once: a Latin name or not, onset and skeleton (and without a proclitic). */
        static Word of(int start, int end, Token t) {
            boolean name = isLatinName(t);
            String f = t.folded();
            char bareOnset = 0;
            String bare = null;
            if (t.isArabicScript() && f.length() >= 4 && "وفبلك".indexOf(f.charAt(0)) >= 0) {
                bareOnset = WordLinks.onset(f.substring(1));
                bare = ConsonantSkeleton.ofArabicScript(f.substring(1).replace("\u200C", ""));
            }
            boolean candidate = t.kind() == Token.Kind.WORD && (name || t.isArabicScript());
            return new Word(start, end, t, name, WordLinks.onset(f), candidate ? WordLinks.skeleton(t) : "", bareOnset, bare);
        }
    }

    /** The marks of each cell of a row, left to right, none overlapping; keys are shared across the row's cells. */
    public List<List<Mark>> marks(List<Cell> cells) {
        int n = cells.size();
        List<List<Mark>> fixed = new ArrayList<>();
        List<List<Word>> free = new ArrayList<>();
        for (Cell c : cells) {
            List<Mark> marks = new ArrayList<>();
            List<Word> rest = new ArrayList<>();
            List<TermLookup.Use> uses = c.text().isEmpty() ? List.of() : terms.find(c.text(), c.language());
            int u = 0;
            for (Word w : words(c.text())) {
                while (u < uses.size() && uses.get(u).end() <= w.start()) {
                    TermLookup.Use use = uses.get(u++);
                    marks.add(new Mark(use.start(), use.end(), "t" + use.concept(), "term"));
                }
                if (u < uses.size() && uses.get(u).start() < w.end()) {
                    continue; // inside a term
                }
                if (w.token().kind() == Token.Kind.NUMBER) {
                    marks.add(new Mark(w.start(), w.end(), "n" + w.token().folded(), "number"));
                } else if (w.token().kind() == Token.Kind.WORD) {
                    rest.add(w);
                }
            }
            while (u < uses.size()) {
                TermLookup.Use use = uses.get(u++);
                marks.add(new Mark(use.start(), use.end(), "t" + use.concept(), "term"));
            }
            fixed.add(marks);
            free.add(rest);
        }
        // names and learnt word pairs join words of two cells of different languages; joined words share a key
        UnionFind groups = new UnionFind();
        Set<String> named = new HashSet<>();
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (cells.get(i).text().isEmpty() || cells.get(j).text().isEmpty()
                        || primary(cells.get(i).language()).equals(primary(cells.get(j).language()))) {
                    continue;
                }
                joinNames(i, free.get(i), j, free.get(j), groups, named);
                joinNames(j, free.get(j), i, free.get(i), groups, named);
                joinWords(i, cells.get(i).language(), free.get(i), j, cells.get(j).language(), free.get(j), groups);
            }
        }
        Set<String> namedRoots = new HashSet<>();
        named.forEach(x -> namedRoots.add(groups.find(x)));
        Map<String, String> keyOfGroup = new HashMap<>();
        List<List<Mark>> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<Mark> marks = new ArrayList<>(fixed.get(i));
            for (Word w : free.get(i)) {
                String node = node(i, w);
                if (!groups.has(node)) {
                    continue;
                }
                String root = groups.find(node);
                String key = keyOfGroup.computeIfAbsent(root, r -> (namedRoots.contains(r) ? "m" : "w") + keyOfGroup.size());
                marks.add(new Mark(w.start(), w.end(), key, key.startsWith("m") ? "name" : "word"));
            }
            marks.sort((a, b) -> Integer.compare(a.start(), b.start()));
            out.add(marks);
        }
        return out;
    }

    private static String node(int cell, Word w) {
        return cell + ":" + w.token().folded();
    }

    private static void joinNames(int i, List<Word> from, int j, List<Word> in, UnionFind groups, Set<String> named) {
        // a name meets only words with its onset (or that onset after a proclitic), each distinct word once: long
        // paragraphs (a hundred sentences a cell) would otherwise compare every name with every word of the other cell
        Map<Character, List<Word>> byOnset = new HashMap<>();
        Map<Character, List<Word>> byBareOnset = new HashMap<>();
        Set<String> seenIn = new HashSet<>();
        for (Word x : in) {
            if ((x.token().isArabicScript() || x.name()) && seenIn.add(x.token().folded())) {
                byOnset.computeIfAbsent(x.onset(), k -> new ArrayList<>()).add(x);
                if (x.bareSkeleton() != null) {
                    byBareOnset.computeIfAbsent(x.bareOnset(), k -> new ArrayList<>()).add(x);
                }
            }
        }
        Set<String> seenFrom = new HashSet<>();
        for (Word w : from) {
            if (!w.name() || w.skeleton().length() < 2 || !seenFrom.add(w.token().folded())) {
                continue; // "Ali" is "l": إلى and الله too; the termbase links such names
            }
            for (Word x : byOnset.getOrDefault(w.onset(), List.of())) {
                if (Names.sameName(w.skeleton(), x.skeleton())) {
                    groups.union(node(i, w), node(j, x));
                    named.add(node(i, w));
                }
            }
            for (Word x : byBareOnset.getOrDefault(w.onset(), List.of())) {
                if (Names.sameName(w.skeleton(), x.bareSkeleton())) {
                    groups.union(node(i, w), node(j, x));
                    named.add(node(i, w));
                }
            }
        }
    }

    private void joinWords(int i, String li, List<Word> a, int j, String lj, List<Word> b, UnionFind groups) {
        ToIntFunction<String> fromB = words.between(lj, li);
        Map<Integer, List<Word>> byPair = new LinkedHashMap<>();
        for (Word w : b) {
            if (content(w.token(), lj)) {
                int p = fromB.applyAsInt(lexiconForm(w.token()));
                if (p >= 0) {
                    byPair.computeIfAbsent(p, k -> new ArrayList<>()).add(w);
                }
            }
        }
        if (byPair.isEmpty()) {
            return;
        }
        ToIntFunction<String> fromA = words.between(li, lj);
        for (Word w : a) {
            if (!content(w.token(), li)) {
                continue;
            }
            List<Word> counterparts = byPair.get(fromA.applyAsInt(lexiconForm(w.token())));
            if (counterparts != null) {
                counterparts.forEach(x -> groups.union(node(i, w), node(j, x)));
            }
        }
    }

    /** Pairs the marks that share a key: the k-th occurrence in the base with the k-th in the other, leftovers with the last. */
    public static List<Link> links(List<Mark> base, List<Mark> other) {
        Map<String, List<Mark>> byKey = new HashMap<>();
        for (Mark m : other) {
            byKey.computeIfAbsent(m.key(), k -> new ArrayList<>()).add(m);
        }
        Map<String, Integer> seen = new HashMap<>();
        Map<String, Integer> baseCount = new HashMap<>();
        base.forEach(m -> baseCount.merge(m.key(), 1, Integer::sum));
        List<Link> out = new ArrayList<>();
        for (Mark b : base) {
            List<Mark> candidates = byKey.get(b.key());
            if (candidates == null) {
                continue;
            }
            int k = seen.merge(b.key(), 1, Integer::sum) - 1;
            Mark o = candidates.get(Math.min(k, candidates.size() - 1));
            out.add(new Link(b.start(), b.end(), o.start(), o.end(), b.kind()));
            if (k == baseCount.get(b.key()) - 1) {
                for (int x = k + 1; x < candidates.size(); x++) {
                    Mark extra = candidates.get(x);
                    out.add(new Link(b.start(), b.end(), extra.start(), extra.end(), b.kind()));
                }
            }
        }
        return out;
    }

    /**
     * The content words of {@code text} that no mark covers, as {start, end} pairs: what the aligned page underlines
     * as "not found in the other version" in a cell whose row has another language. Function words (a short list per
     * language, and any word of fewer than three letters) are never underlined.
     */
    public static List<int[]> unlinked(String text, String language, List<Mark> marks) {
        List<int[]> out = new ArrayList<>();
        int m = 0;
        for (Word w : words(text)) {
            while (m < marks.size() && marks.get(m).end() <= w.start()) {
                m++;
            }
            if (m < marks.size() && marks.get(m).start() < w.end()) {
                continue;
            }
            if (w.token().kind() == Token.Kind.WORD && content(w.token(), language)) {
                out.add(new int[]{w.start(), w.end()});
            }
        }
        return out;
    }

    /** The words and numbers of a text with their offsets (the tokeniser's tokens, found again in order). */
    private static List<Word> words(String text) {
        List<Word> out = new ArrayList<>();
        int at = 0;
        for (Token t : Tokenizer.tokenize(text)) {
            int start = text.indexOf(t.surface(), at);
            if (start < 0) {
                continue;
            }
            at = start + t.surface().length();
            if (t.kind() != Token.Kind.PUNCT) {
                out.add(Word.of(start, at, t));
            }
        }
        return out;
    }

    /** A capitalised Latin word inside a sentence that is transliterated rather than translated (not "President"). */
    static boolean isLatinName(Token t) {
        if (t.kind() != Token.Kind.WORD || t.isArabicScript() || !t.capitalised() || t.sentenceInitial()) {
            return false;
        }
        String key = t.folded().replaceAll("['\u2019]s$", "");
        boolean acronym = t.surface().chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
        return !Names.TRANSLATED.contains(key) && !(acronym && key.length() < 3) && !skeleton(t).isEmpty();
    }

    static String skeleton(Token t) {
        String key = t.folded().replace("\u200C", "");
        if (t.isArabicScript()) {
            return ConsonantSkeleton.ofArabicScript(key);
        }
        if (key.endsWith("'s") || key.endsWith("\u2019s")) {
            key = key.substring(0, key.length() - 2);
        }
        return ConsonantSkeleton.ofLatin(key);
    }

    static char onset(String key) {
        return Names.onset(key);
    }

    /** The word as the learnt word list holds it: Arabic-script words folded, Latin ones by their first six letters. */
    public static String lexiconForm(Token t) {
        String f = t.folded();
        return t.isArabicScript() || f.length() <= 6 ? f : f.substring(0, 6);
    }

    /** A word that carries meaning: three letters or more and not a function word of its language. */
    static boolean content(Token t, String language) {
        if (t.kind() != Token.Kind.WORD || t.folded().length() < 3) {
            return false;
        }
        Set<String> stop = STOP.get(primary(language));
        return stop == null || !stop.contains(t.folded());
    }

    /** "en" for "en-GB". */
    public static String primary(String tag) {
        if (tag == null) {
            return "";
        }
        int dash = tag.indexOf('-');
        return (dash < 0 ? tag : tag.substring(0, dash)).toLowerCase(Locale.ROOT);
    }

    private static final Map<String, Set<String>> STOP = Map.of(
            "en", folded("the and for with that this from was were are has have had been will would which who whom whose its"
                    + " their they them his her hers him she our ours you your not but also than then there these those such into"
                    + " onto over under about after before during since while when where what why how all any each both other more"
                    + " most some very can could may might must should shall did does doing being per via upon among against"
                    + " between through within without again once only own same too just said says say told"),
            "ar", folded("في من إلى على عن مع أن إن أنه إنه التي الذي الذين اللذين هذا هذه ذلك تلك هؤلاء كان كانت يكون تكون"
                    + " قد لقد لم لن ليس ما ماذا كما كل بعد قبل بين حتى خلال منذ عند عندما أو أم ثم بل لكن غير أي أيضا"
                    + " وقال قال وقالت قالت حيث هو هي هم هما نحن أنا لها له لهم فيها فيه منها منه عليها عليه إليه إليها"
                    + " وذلك وهو وهي وكان التى الى علي عليه تم يتم"),
            "fa", folded("و در به از که این آن را با برای است بود شد می های ها یک تا بر هم نیز اما یا پس چون اگر خود وی او"
                    + " ایشان آنها شده کرد کرده کند کنند دارد داشت باید هر همه چه چند بین پیش روی زیر بی هیچ ولی همچنین"
                    + " گفت گفته افزود است‌ هستند بوده خواهد شود شوند نمی کرده‌اند دیگر آنکه اینکه چنین چنان"));

    private static Set<String> folded(String words) {
        Set<String> out = new HashSet<>();
        for (Token t : Tokenizer.tokenize(words)) {
            out.add(t.folded());
        }
        return out;
    }

    /** Disjoint sets of words ("cell:folded word"); only words ever joined are in it. (The aligner's is of numbers, and its own.) */
    private static final class UnionFind {
        private final Map<String, String> parent = new HashMap<>();

        boolean has(String node) {
            return parent.containsKey(node);
        }

        String find(String node) {
            String p = parent.get(node);
            if (p == null) {
                return node;
            }
            if (p.equals(node)) {
                return node;
            }
            String root = find(p);
            parent.put(node, root);
            return root;
        }

        String union(String a, String b) {
            parent.putIfAbsent(a, a);
            parent.putIfAbsent(b, b);
            String ra = find(a);
            String rb = find(b);
            if (!ra.equals(rb)) {
                parent.put(rb, ra);
            }
            return ra;
        }
    }
}
