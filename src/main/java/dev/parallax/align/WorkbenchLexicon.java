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

    /** The word list in use (empty until the first learning has finished). */
    public CorpusLexicon current() {
        return current;
    }

    /** Learns again if any story's text changed since the last learning; returns the list in use. */
    public synchronized CorpusLexicon relearnIfChanged() {
        List<List<TextVersion>> documents = QuarkusTransaction.requiringNew().call(WorkbenchLexicon::load);
        String fingerprint = fingerprint(documents);
        if (fingerprint.equals(learntFrom)) {
            return current;
        }
        long start = System.nanoTime();
        CorpusLexicon lexicon = new LexiconLearner().learn(documents);
        current = lexicon;
        learntFrom = fingerprint;
        cache.useLexicon(lexicon);
        Log.infof("Aligner word list learnt from %d stories in %d ms: %s word pairs", documents.size(),
                (System.nanoTime() - start) / 1_000_000, lexicon.sizes());
        return lexicon;
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

    /** Changes whenever a version's text, language or membership changes. */
    private static String fingerprint(List<List<TextVersion>> documents) {
        long h = 1;
        int n = 0;
        for (List<TextVersion> doc : documents) {
            for (TextVersion v : doc) {
                h = 31 * h + v.id().hashCode();
                h = 31 * h + v.language().hashCode();
                h = 31 * h + v.paragraphs().hashCode();
                n++;
            }
        }
        return n + ":" + Long.toHexString(h);
    }
}
