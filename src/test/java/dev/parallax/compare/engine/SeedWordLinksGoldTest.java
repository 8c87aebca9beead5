package dev.parallax.compare.engine;

import dev.parallax.align.engine.LexiconLearner;
import dev.parallax.align.engine.score.CorpusLexicon;
import dev.parallax.compare.TermbaseLookup;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Cross-language word links on the seed story's SANA English and Arabic paragraphs 0, 8 and 10 against a hand-made
 * gold (src/test/resources/word-links/sana-en-ar.gold.tsv, how it was made in its header): every person, place and
 * organisation name is linked to its counterpart, and the precision and recall of all links are printed (the
 * figures in docs/benchmarks.md, "Cross-language word links"), with the starter termbase alone, and with it and a
 * word list learnt from the seed story itself as the workbench would learn it.
 */
class SeedWordLinksGoldTest {

    record Gold(int paragraph, boolean required, String en, String ar, int[] enSpan, int[] arSpan) {
    }

    record Score(int links, int correct, int gold, int found, int required, int requiredFound, List<String> wrong, List<String> missed) {
        double precision() {
            return links == 0 ? 1 : (double) correct / links;
        }

        double recall() {
            return (double) found / gold;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "links %d, correct %d: precision %.3f; gold %d, found %d: recall %.3f; names %d/%d",
                    links, correct, precision(), gold, found, recall(), requiredFound, required);
        }
    }

    static List<Gold> gold() throws IOException {
        List<Gold> out = new ArrayList<>();
        try (InputStream in = SeedWordLinksGoldTest.class.getResourceAsStream("/word-links/sana-en-ar.gold.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("#") || line.startsWith("paragraph\t") || line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t");
                int p = Integer.parseInt(f[0]);
                out.add(new Gold(p, f[1].equals("required"), f[2], f[3], span(SeedRows.paragraph("sana.en", p), f[2]),
                        span(SeedRows.paragraph("sana.ar", p), f[3])));
            }
        }
        return out;
    }

    /** Where "phrase" or "phrase@n" (n-th occurrence) is in the text. */
    static int[] span(String text, String phrase) {
        int at = phrase.lastIndexOf('@');
        int n = at < 0 ? 1 : Integer.parseInt(phrase.substring(at + 1));
        String p = at < 0 ? phrase : phrase.substring(0, at);
        int from = -1;
        for (int k = 0; k < n; k++) {
            from = text.indexOf(p, from + 1);
            if (from < 0) {
                throw new IllegalArgumentException("'" + phrase + "' is not in: " + text);
            }
        }
        return new int[]{from, from + p.length()};
    }

    static boolean overlap(int s, int e, int[] span) {
        return s < span[1] && span[0] < e;
    }

    static Score score(WordLinks linker, List<Gold> gold) {
        int links = 0;
        int correct = 0;
        List<String> wrong = new ArrayList<>();
        boolean[] hit = new boolean[gold.size()];
        for (int p : gold.stream().mapToInt(Gold::paragraph).distinct().toArray()) {
            String en = SeedRows.paragraph("sana.en", p);
            String ar = SeedRows.paragraph("sana.ar", p);
            List<List<WordLinks.Mark>> marks = linker.marks(List.of(new WordLinks.Cell(en, "en"), new WordLinks.Cell(ar, "ar")));
            for (WordLinks.Link l : WordLinks.links(marks.get(0), marks.get(1))) {
                links++;
                boolean ok = false;
                for (int g = 0; g < gold.size(); g++) {
                    Gold x = gold.get(g);
                    if (x.paragraph() == p && overlap(l.baseStart(), l.baseEnd(), x.enSpan()) && overlap(l.otherStart(), l.otherEnd(), x.arSpan())) {
                        hit[g] = true;
                        ok = true;
                    }
                }
                if (ok) {
                    correct++;
                } else {
                    wrong.add(p + " " + l.kind() + ":" + en.substring(l.baseStart(), l.baseEnd()) + "=" + ar.substring(l.otherStart(), l.otherEnd()));
                }
            }
        }
        int found = 0;
        int required = 0;
        int requiredFound = 0;
        List<String> missed = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            found += hit[g] ? 1 : 0;
            if (gold.get(g).required()) {
                required++;
                requiredFound += hit[g] ? 1 : 0;
            }
            if (!hit[g]) {
                missed.add((gold.get(g).required() ? "NAME " : "") + gold.get(g).paragraph() + " " + gold.get(g).en() + "=" + gold.get(g).ar());
            }
        }
        return new Score(links, correct, gold.size(), found, required, requiredFound, wrong, missed);
    }

    static final TermLookup STARTER = new TermbaseLookup(TermRuleTest.starter());

    @Test
    void everyNameIsLinkedWithTheStarterTermbase() throws IOException {
        List<Gold> gold = gold();
        Score s = score(new WordLinks(STARTER, WordLinks.WordPairs.NONE), gold);
        System.out.println("Word links, starter termbase + names + numbers: " + s + "\n  wrong: " + s.wrong() + "\n  missed: " + s.missed());
        assertEquals(s.required(), s.requiredFound(), "every name linked; missed: " + s.missed());
        assertTrue(s.precision() >= 0.9, s + " wrong: " + s.wrong());
    }

    @Test
    void namesAloneWithoutATermbaseAreStillLinked() throws IOException {
        Score s = score(new WordLinks(TermLookup.NONE, WordLinks.WordPairs.NONE), gold());
        System.out.println("Word links, names + numbers only (no termbase): " + s + "\n  wrong: " + s.wrong() + "\n  missed: " + s.missed());
        assertTrue(s.requiredFound() >= s.required() - 2, s + " missed: " + s.missed());
    }

    @Test
    void aWordListLearntFromTheSeedStoryAddsWords() throws IOException {
        CorpusLexicon lexicon = new LexiconLearner().learn(List.of(SeedRows.VERSIONS));
        WordLinks.WordPairs pairs = (language, other) -> {
            var learnt = lexicon.forPair(language, other);
            return form -> {
                Integer id = learnt.pairOf(form, true);
                return id == null ? -1 : id;
            };
        };
        Score s = score(new WordLinks(STARTER, pairs), gold());
        System.out.println("Word links, starter termbase + names + numbers + word list learnt from the seed story (" + lexicon.sizes()
                + "): " + s + "\n  wrong: " + s.wrong() + "\n  missed: " + s.missed());
        assertEquals(s.required(), s.requiredFound(), "every name linked; missed: " + s.missed());
    }
}
