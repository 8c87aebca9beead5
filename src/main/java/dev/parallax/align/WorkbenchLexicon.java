package dev.parallax.align;

import dev.parallax.align.engine.LexiconLearner;
import dev.parallax.align.engine.TextVersion;
import dev.parallax.align.engine.score.CorpusLexicon;
import dev.parallax.common.ParallaxConfig;
import dev.parallax.story.Paragraph;
import dev.parallax.story.Story;
import dev.parallax.story.Version;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.List;

/**
 * The word list the aligner learns from every story in the workbench (see {@link LexiconLearner}): learnt
 * in the background shortly after startup, then again whenever the stories' text has changed, checked
 * every {@code parallax.align.lexicon-refresh}. A new list replaces the aligner's and forgets the cached
 * alignments (corrections are in the database and stay). Alignments never wait for it: until it is learnt
 * the aligner works without it, on lengths, numbers and names.
 */
@ApplicationScoped
public class WorkbenchLexicon {

    /** Stories learnt from, at most (the most recently updated): bounds the time a relearning takes. */
    static final int MAX_STORIES = 500;

    @Inject
    AlignmentCache cache;

    @Inject
    ParallaxConfig config;

    private volatile String learntFrom = "";
    private volatile CorpusLexicon current = CorpusLexicon.EMPTY;

    @Scheduled(every = "{parallax.align.lexicon-refresh}", delayed = "3s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refresh() {
        if (config.align().learnLexicon()) {
            relearnIfChanged();
        }
    }

    /** Learns again if any story's text changed since the last learning; returns the list in use. */
    public synchronized CorpusLexicon relearnIfChanged() {
        // a cheap query tells whether anything changed; the texts are loaded only when something did
        String stamp = QuarkusTransaction.requiringNew().call(WorkbenchLexicon::changeStamp);
        if (stamp.equals(learntFrom)) {
            return current;
        }
        List<List<TextVersion>> documents = QuarkusTransaction.requiringNew().call(WorkbenchLexicon::load);
        long start = System.nanoTime();
        CorpusLexicon lexicon = new LexiconLearner().learn(documents);
        current = lexicon;
        learntFrom = stamp;
        cache.useLexicon(lexicon);
        Log.infof("Aligner word list learnt from %d stories in %d ms: %s word pairs", documents.size(),
                (System.nanoTime() - start) / 1_000_000, lexicon.sizes());
        return lexicon;
    }

    /**
     * Changes whenever the live stories' text can have: a paragraph added, deleted or saved (each save
     * raises its revision), a version added, deleted, restored or edited (its language, say).
     */
    private static String changeStamp() {
        Object[] row = (Object[]) Paragraph.getEntityManager().createQuery("""
                select count(p), coalesce(sum(p.revision), 0), coalesce(sum(p.id), 0), max(v.updatedAt), count(distinct v)
                from Paragraph p join p.version v join v.story s
                where v.deletedAt is null and s.deletedAt is null""").getSingleResult();
        return java.util.Arrays.toString(row);
    }

    /** The list in use now (empty until first learnt), without learning: the aligned page links words with it. */
    public CorpusLexicon current() {
        return current;
    }

    /** Forgets the learnt list (for tests that need the aligner without it). */
    public synchronized void forget() {
        current = CorpusLexicon.EMPTY;
        learntFrom = "";
        cache.useLexicon(CorpusLexicon.EMPTY);
    }

    private static List<List<TextVersion>> load() {
        List<Story> stories = Story.list("deletedAt is null order by updatedAt desc, id desc");
        List<List<TextVersion>> out = new ArrayList<>();
        for (Story story : stories.subList(0, Math.min(MAX_STORIES, stories.size()))) {
            List<TextVersion> versions = new ArrayList<>();
            for (Version v : story.versions) {
                List<String> paragraphs = new ArrayList<>();
                for (Paragraph p : v.paragraphs) {
                    paragraphs.add(p.text);
                }
                versions.add(new TextVersion(String.valueOf(v.id), v.language, paragraphs));
            }
            if (versions.size() >= 2) {
                out.add(versions);
            }
        }
        return out;
    }
}
