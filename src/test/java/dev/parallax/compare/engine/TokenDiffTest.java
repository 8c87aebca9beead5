package dev.parallax.compare.engine;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The ops rebuild both texts exactly, and the diff changes as few tokens as any diff can. */
class TokenDiffTest {

    final Comparer comparer = new Comparer();

    static String rebuild(List<Op> ops, Op.Kind keep) {
        StringBuilder sb = new StringBuilder();
        for (Op op : ops) {
            if (op.op() == Op.Kind.EQUAL || op.op() == keep) {
                sb.append(op.text());
            }
        }
        return sb.toString();
    }

    static void assertRebuilds(String base, String other, List<Op> ops) {
        assertEquals(base, rebuild(ops, Op.Kind.DELETE), "equal + delete = base");
        assertEquals(other, rebuild(ops, Op.Kind.INSERT), "equal + insert = other");
        for (int k = 1; k < ops.size(); k++) {
            assertTrue(ops.get(k).op() != ops.get(k - 1).op(), "adjacent ops of one kind are merged");
        }
    }

    @Test
    void everyRowOfTheSeedStoryRebuildsBothTextsForEveryPairOfVersions() {
        int pairs = 0;
        for (List<String> row : SeedRows.cells()) {
            for (int i = 0; i < row.size(); i++) {
                for (int j = 0; j < row.size(); j++) {
                    CellDiff d = comparer.compare(row.get(i), SeedRows.language(i), row.get(j), SeedRows.language(j));
                    assertRebuilds(row.get(i), row.get(j), d.ops());
                    if (row.get(i).equals(row.get(j))) {
                        assertEquals(1.0, d.similarity());
                        assertTrue(d.flags().isEmpty(), d.flags().toString());
                        assertTrue(!d.changed());
                    }
                    pairs++;
                }
            }
        }
        assertEquals(20 * 25, pairs);
    }

    @Test
    void reportParagraphOneAndNournewsAreIdenticalWithSimilarityOne() {
        CellDiff d = comparer.compare(SeedRows.paragraph("syrian-observer.en", 1), "en", SeedRows.paragraph("nournews.en", 0), "en");
        assertEquals(List.of(Op.equal(SeedRows.paragraph("nournews.en", 0))), d.ops());
        assertEquals(1.0, d.similarity());
        assertTrue(d.flags().isEmpty());
    }

    @Test
    void tokensGiveTheTextBackForEveryParagraphOfTheSeed() {
        SeedRows.VERSIONS.forEach(v -> v.paragraphs().forEach(p -> assertEquals(p, DiffTokenizer.join(DiffTokenizer.tokenize(p)))));
        for (String odd : List.of("", " ", "  lead and trail  ", "a\u00A0b\u200Cc", "\u200C", "٢٬٠٠٠ و۱۴۰۱.", "😀 emoji 😀!", "al-\n\nAssad")) {
            assertEquals(odd, DiffTokenizer.join(DiffTokenizer.tokenize(odd)));
        }
    }

    @Test
    void randomEditsOfSeedParagraphsRebuildBothTextsAndAreMinimal() {
        Random random = new Random(20220508);
        List<String> paragraphs = new ArrayList<>();
        SeedRows.VERSIONS.forEach(v -> paragraphs.addAll(v.paragraphs()));
        for (int round = 0; round < 400; round++) {
            String base = paragraphs.get(random.nextInt(paragraphs.size()));
            String other = edit(base, random, paragraphs);
            TokenDiff diff = TokenDiff.of(DiffTokenizer.tokenize(base), DiffTokenizer.tokenize(other));
            assertRebuilds(base, other, diff.ops());
            assertEquals(lcsChanged(diff.base(), diff.other()), diff.changedTokens(), base + "\n→\n" + other);
        }
    }

    @Test
    void smallRandomTokenSequencesAreDiffedMinimally() {
        Random random = new Random(7);
        String[] alphabet = {"Assad", "said", "،", "Iran", "و", "2019", "not", "the", ","};
        for (int round = 0; round < 2000; round++) {
            String a = randomText(random, alphabet);
            String b = randomText(random, alphabet);
            TokenDiff diff = TokenDiff.of(DiffTokenizer.tokenize(a), DiffTokenizer.tokenize(b));
            assertRebuilds(a, b, diff.ops());
            assertEquals(lcsChanged(diff.base(), diff.other()), diff.changedTokens(), a + " | " + b);
        }
    }

    private static String randomText(Random random, String[] alphabet) {
        StringBuilder sb = new StringBuilder();
        int n = random.nextInt(12);
        for (int k = 0; k < n; k++) {
            sb.append(alphabet[random.nextInt(alphabet.length)]).append(random.nextInt(5) == 0 ? "  " : " ");
        }
        return sb.toString().strip();
    }

    /** Words deleted, inserted, replaced, duplicated; digits changed; spaces doubled; a word from elsewhere. */
    static String edit(String text, Random random, List<String> elsewhere) {
        List<String> words = new ArrayList<>(List.of(text.split(" ")));
        int edits = 1 + random.nextInt(4);
        for (int e = 0; e < edits && !words.isEmpty(); e++) {
            int at = random.nextInt(words.size());
            switch (random.nextInt(6)) {
                case 0 -> words.remove(at);
                case 1 -> {
                    String[] donor = elsewhere.get(random.nextInt(elsewhere.size())).split(" ");
                    words.add(at, donor[random.nextInt(donor.length)]);
                }
                case 2 -> words.set(at, words.get(at).toUpperCase());
                case 3 -> words.set(at, words.get(at).replaceAll("\\d", "7") + "1");
                case 4 -> words.set(at, words.get(at) + " ");
                default -> words.add(at, words.get(at));
            }
        }
        return String.join(" ", words);
    }

    /** Changed tokens of an optimal diff: n + m − 2·LCS, by the textbook O(n·m) table. */
    static int lcsChanged(List<DiffToken> a, List<DiffToken> b) {
        int[][] t = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                t[i][j] = a.get(i).text().equals(b.get(j).text()) ? t[i + 1][j + 1] + 1 : Math.max(t[i + 1][j], t[i][j + 1]);
            }
        }
        return a.size() + b.size() - 2 * t[0][0];
    }
}
