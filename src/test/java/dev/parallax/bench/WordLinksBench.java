package dev.parallax.bench;

import dev.parallax.align.engine.LexiconLearner;
import dev.parallax.align.engine.TextVersion;
import dev.parallax.align.engine.score.CorpusLexicon;
import dev.parallax.align.engine.support.GoldRows;
import dev.parallax.align.engine.support.StoryFolder;
import dev.parallax.compare.TermbaseLookup;
import dev.parallax.compare.engine.TermLookup;
import dev.parallax.compare.engine.WordLinks;
import dev.parallax.term.TermCsv;
import dev.parallax.term.engine.ConceptData;
import dev.parallax.term.engine.TermData;
import dev.parallax.term.engine.TermIndex;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What the termbase and the cross-language word links cost the aligned page of the seed story (issue 12): all five
 * versions, its 20 rows, as {@code DiffView} computes them on a render: the marks of every cell of a row (term
 * look-up, numbers, names, learnt word pairs) and the unlinked content words of every cell. Timed alone: the term
 * look-up only (the termbase's matches in every cell, 1,847 concepts), and everything. Warm medians of 200 runs
 * after 50 warm-ups, in one JVM.
 * Run: ./mvnw -o -q -B test-compile org.codehaus.mojo:exec-maven-plugin:3.5.0:java -Dexec.classpathScope=test
 * -Dexec.mainClass=dev.parallax.bench.WordLinksBench
 */
public final class WordLinksBench {

    private static final Path SEED = Path.of("translations/assad-tehran-visit");

    public static void main(String[] args) throws Exception {
        List<TextVersion> seed = StoryFolder.versions(SEED);
        GoldRows gold = GoldRows.read(SEED.resolve("alignment.gold.tsv"));
        long t0 = System.nanoTime();
        TermIndex index = starter();
        double buildMs = (System.nanoTime() - t0) / 1e6;
        TermLookup terms = new TermbaseLookup(index);
        CorpusLexicon lexicon = new LexiconLearner().learn(List.of(seed));
        WordLinks.WordPairs pairs = (language, other) -> {
            var learnt = lexicon.forPair(language, other);
            return form -> {
                Integer id = learnt.pairOf(form, true);
                return id == null ? -1 : id;
            };
        };
        WordLinks links = new WordLinks(terms, pairs);
        List<List<WordLinks.Cell>> rows = new ArrayList<>();
        int cells = 0;
        for (List<List<Integer>> row : gold.rows()) {
            List<WordLinks.Cell> r = new ArrayList<>();
            for (int v = 0; v < row.size(); v++) {
                List<String> ps = seed.get(v).paragraphs();
                r.add(new WordLinks.Cell(String.join("\n\n", row.get(v).stream().map(ps::get).toList()), seed.get(v).language()));
                cells++;
            }
            rows.add(r);
        }
        double lookupMs = median(50, 200, () -> {
            for (List<WordLinks.Cell> r : rows) {
                for (WordLinks.Cell c : r) {
                    if (!c.text().isEmpty()) {
                        terms.find(c.text(), c.language());
                    }
                }
            }
        });
        double allMs = median(50, 200, () -> {
            for (List<WordLinks.Cell> r : rows) {
                List<List<WordLinks.Mark>> marks = links.marks(r);
                for (int v = 0; v < r.size(); v++) {
                    WordLinks.unlinked(r.get(v).text(), r.get(v).language(), marks.get(v));
                }
            }
        });
        System.out.printf("seed story: %d rows, %d cells; term index of the starter termbase: %d terms, built in %.0f ms (cold)%n",
                rows.size(), cells, index.size(), buildMs);
        System.out.printf("term look-up, every cell of the page (warm median of 200): %.2f ms%n", lookupMs);
        System.out.printf("all word links (terms, numbers, names, learnt words %s) and unlinked words, every row: %.2f ms%n",
                lexicon.sizes(), allMs);
    }

    private static TermIndex starter() {
        return StarterTermbase.index();
    }

    private static double median(int warmup, int runs, Runnable task) {
        return Medians.of(warmup, runs, task);
    }
}
