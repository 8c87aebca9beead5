package dev.parallax.intake;

import dev.parallax.common.ApiException;
import dev.parallax.edit.EditService;
import dev.parallax.intake.engine.ArticleExtractor;
import dev.parallax.intake.engine.ExtractedArticle;
import dev.parallax.intake.engine.LanguageGuess;
import dev.parallax.intake.engine.SnapshotDiff;
import dev.parallax.story.Story;
import dev.parallax.story.StoryService;
import dev.parallax.story.Version;
import dev.parallax.story.VersionInput;
import dev.parallax.text.LanguageTags;
import dev.parallax.text.MalformedTextException;
import dev.parallax.text.Paragraphs;
import dev.parallax.user.CurrentUser;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Versions read from the web: a page fetched and its article extracted (a preview, nothing stored),
 * stored as a new version with its first snapshot, and re-read later (by hand or by the watch) into new
 * snapshots when the outlet changed its wording. Fetching happens outside any transaction; each write is
 * one transaction, so a failed fetch stores nothing but the failure on the watch.
 */
@ApplicationScoped
public class IntakeService {

    @Inject
    PageFetcher fetcher;
    @Inject
    StoryService stories;
    @Inject
    EditService edits;
    @Inject
    FetchConfig config;
    @Inject
    CurrentUser currentUser;

    private final ArticleExtractor extractor = new ArticleExtractor();
    private final SnapshotDiff snapshotDiff = new SnapshotDiff();

    /** A page's article as it would become a version, with the validators of the fetch. */
    public record Draft(String url, String sourceUrl, String outlet, String language, boolean languageDetected, String title,
                        LocalDate publishedAt, List<String> paragraphs, String etag, String lastModified) {
        public String text() {
            return Paragraphs.join(paragraphs);
        }

        public String direction() {
            return LanguageTags.direction(language);
        }
    }

    public record Added(Version version, Snapshot snapshot, VersionWatch watch) {
    }

    public record Refresh(boolean changed, int snapshot) {
    }

    /** Fetches the page and extracts its article; nothing is stored. {@code outlet} and {@code language} override the page's. */
    public Draft preview(String url, String outlet, String language) {
        FetchedPage page = fetcher.fetch(url, null, null);
        ExtractedArticle article = extract(page);
        String lang = language(language, article);
        String site = blank(outlet) ? siteName(article, page.url()) : outlet.strip();
        String source = sameHost(article.canonicalUrl(), page.url()) ? article.canonicalUrl() : page.url();
        Draft draft = new Draft(url.strip(), source, site, lang, blank(language) && article.languageDetected(), article.title(),
                article.publishedAt(), article.paragraphs(), page.etag(), page.lastModified());
        stories.checkSize(draft.text());
        return draft;
    }

    /** Fetches, extracts and stores the page as a new version of the story, with snapshot 1 and its watch. */
    public Added add(long storyId, String url, String outlet, String language, boolean watch) {
        stories.story(storyId); // 404 before any fetch
        Draft draft = preview(url, outlet, language);
        return QuarkusTransaction.requiringNew().call(() -> store(storyId, draft, null, watch));
    }

    /**
     * Stores a previewed page as the user adjusted it on the form ({@code adjusted}: outlet, language,
     * title, date, text). The page is fetched again: snapshot 1 is what the site serves now, the version's
     * text is what the user accepted.
     */
    public Added addAdjusted(long storyId, String url, VersionInput adjusted, boolean watch) {
        stories.story(storyId);
        Draft draft = preview(url, adjusted.outlet(), adjusted.language());
        return QuarkusTransaction.requiringNew().call(() -> store(storyId, draft, adjusted, watch));
    }

    private Added store(long storyId, Draft draft, VersionInput adjusted, boolean watch) {
        Story story = stories.story(storyId);
        VersionInput fromPage = new VersionInput(null, draft.outlet(), draft.language(), draft.title(), "original", null,
                draft.sourceUrl(), draft.publishedAt() == null ? null : draft.publishedAt().toString(), draft.text());
        VersionInput input = adjusted == null ? fromPage : adjusted.orElse(fromPage);
        Version version = stories.addVersion(story, input, Map.of());
        OffsetDateTime now = now();
        Snapshot snapshot = new Snapshot();
        snapshot.versionId = version.id;
        snapshot.storyId = story.id;
        snapshot.number = 1;
        snapshot.fetchedAt = now;
        snapshot.url = draft.sourceUrl();
        snapshot.title = draft.title();
        snapshot.text = draft.text();
        snapshot.changed = false;
        snapshot.applied = paragraphsOf(version).equals(draft.paragraphs());
        snapshot.persist();
        VersionWatch w = new VersionWatch();
        w.versionId = version.id;
        w.watched = watch;
        w.intervalSeconds = (int) config.watchInterval().toSeconds();
        w.nextCheckAt = now.plusSeconds(w.intervalSeconds);
        w.lastCheckedAt = now;
        w.etag = limit(draft.etag(), 500);
        w.lastModified = limit(draft.lastModified(), 100);
        w.persist();
        return new Added(version, snapshot, w);
    }

    /**
     * Fetches a version's page again (conditionally) and stores a new snapshot when its text changed
     * beyond white space. The version's text follows the page only where nobody edited it since the last
     * snapshot. A failure is recorded on the watch (the last good snapshot stays) and thrown.
     */
    public Refresh refresh(long versionId) {
        record Target(String url, String etag, String lastModified) {
        }
        Target target = QuarkusTransaction.requiringNew().call(() -> {
            Version version = stories.version(versionId);
            if (version.sourceUrl == null) {
                throw ApiException.badRequest("No source URL", "Version " + versionId + " was not read from a web address; set its sourceUrl first.");
            }
            VersionWatch w = watchOf(version);
            boolean hasSnapshot = Snapshot.latest(versionId) != null;
            return new Target(version.sourceUrl, hasSnapshot ? w.etag : null, hasSnapshot ? w.lastModified : null);
        });
        FetchedPage page;
        ExtractedArticle article;
        try {
            page = fetcher.fetch(target.url(), target.etag(), target.lastModified());
            article = page.notModified() ? null : extract(page);
        } catch (ApiException failure) {
            QuarkusTransaction.requiringNew().run(() -> recordFailure(versionId, failure));
            throw failure;
        }
        return QuarkusTransaction.requiringNew().call(() -> recordFetch(versionId, page, article));
    }

    private Refresh recordFetch(long versionId, FetchedPage page, ExtractedArticle article) {
        Version version = stories.version(versionId);
        VersionWatch w = watchOf(version);
        OffsetDateTime now = now();
        w.lastCheckedAt = now;
        w.lastError = null;
        w.lastErrorAt = null;
        w.nextCheckAt = now.plusSeconds(w.intervalSeconds);
        Snapshot previous = Snapshot.latest(versionId);
        if (page.notModified() && previous != null) {
            return new Refresh(false, previous.number);
        }
        w.etag = limit(page.etag(), 500);
        w.lastModified = limit(page.lastModified(), 100);
        List<String> paragraphs = article.paragraphs();
        String text = Paragraphs.join(paragraphs);
        if (previous != null && !SnapshotDiff.differs(previous.text, text)) {
            return new Refresh(false, previous.number);
        }
        stories.checkSize(text);
        Snapshot next = new Snapshot();
        next.versionId = versionId;
        next.storyId = version.story.id;
        next.number = previous == null ? 1 : previous.number + 1;
        next.fetchedAt = now;
        next.url = page.url();
        next.title = article.title();
        next.text = text;
        next.changed = previous != null;
        List<String> current = paragraphsOf(version);
        if (previous == null) {
            next.applied = current.equals(paragraphs);
        } else {
            next.flags = SnapshotDiff.flagCount(snapshotDiff.between(previous.paragraphs(), paragraphs, version.language));
            // the version follows its page only while nobody has edited it since the last snapshot
            next.applied = current.equals(previous.paragraphs());
            if (next.applied) {
                edits.applyFetched(version, paragraphs, limit(version.outlet, 100));
                if (previous.title != null && previous.title.equals(version.title) && article.title() != null) {
                    version.title = limit(article.title(), 1000);
                }
            }
        }
        next.persist();
        return new Refresh(next.changed, next.number);
    }

    private void recordFailure(long versionId, ApiException failure) {
        Version version = Version.findById(versionId);
        if (version == null) {
            return;
        }
        VersionWatch w = watchOf(version);
        OffsetDateTime now = now();
        w.lastCheckedAt = now;
        w.lastErrorAt = now;
        w.lastError = limit(failure.error() + (failure.detail() == null ? "" : ": " + failure.detail()), 1000);
        w.nextCheckAt = now.plusSeconds(w.intervalSeconds);
    }

    /** {@link #setWatch(Version, boolean)} for the version with this id, in its own transaction (the history page's form). */
    @Transactional
    public VersionWatch setWatch(long versionId, boolean watched) {
        return setWatch(stories.version(versionId), watched);
    }

    /** Turns the scheduled re-fetch of a version on or off; 400 for a version with no web address. Within a transaction. */
    public VersionWatch setWatch(Version version, boolean watched) {
        if (watched && version.sourceUrl == null) {
            throw ApiException.badRequest("No source URL", "Only a version with a web address (sourceUrl) can be watched.");
        }
        VersionWatch w = watchOf(version);
        if (watched && !w.watched) {
            w.nextCheckAt = now().plusSeconds(w.intervalSeconds);
        }
        w.watched = watched;
        return w;
    }

    /** The version's watch, created (not watched) if it has none yet. Within a transaction. */
    public VersionWatch watchOf(Version version) {
        VersionWatch w = VersionWatch.findById(version.id);
        if (w == null) {
            w = new VersionWatch();
            w.versionId = version.id;
            w.watched = false;
            w.intervalSeconds = (int) config.watchInterval().toSeconds();
            w.persist();
        }
        return w;
    }

    /** Remembers that the signed-in user has seen the version's latest snapshot (its own transaction: the history page is a read). */
    @Transactional
    public void markSeen(long versionId) {
        if (!currentUser.isSignedIn()) {
            return;
        }
        Snapshot latest = Snapshot.latest(versionId);
        if (latest == null) {
            return;
        }
        VersionSeen.Key key = new VersionSeen.Key(limit(currentUser.name(), 100), versionId);
        VersionSeen seen = VersionSeen.findById(key);
        if (seen == null) {
            seen = new VersionSeen();
            seen.key = key;
            seen.snapshot = latest.number;
            seen.persist();
        } else {
            seen.snapshot = latest.number;
        }
    }

    public List<SnapshotDiff.Change> diff(Snapshot before, Snapshot after, String language) {
        return snapshotDiff.between(before == null ? List.of() : before.paragraphs(), after.paragraphs(), language);
    }

    private ExtractedArticle extract(FetchedPage page) {
        ExtractedArticle article = extractor.extract(page.html(), page.url());
        if (!article.hasBody()) {
            throw new ApiException(422, "No article", "No article text was found on " + page.url()
                    + " (only navigation, links or too little text). Paste the text instead.");
        }
        return article;
    }

    private static String language(String given, ExtractedArticle article) {
        if (!blank(given)) {
            try {
                return LanguageTags.canonical(given);
            } catch (MalformedTextException e) {
                throw ApiException.badRequest(e.error(), e.detail());
            }
        }
        if (article.language() != null) {
            try {
                return LanguageTags.canonical(article.language());
            } catch (MalformedTextException pageSaysNonsense) {
                String guess = LanguageGuess.guess(article.text());
                if (guess != null) {
                    return guess;
                }
            }
        }
        throw new ApiException(422, "Unknown language",
                "The page does not say its language and it could not be told from the text; give one (e.g. \"language\": \"ar\").");
    }

    private static String siteName(ExtractedArticle article, String url) {
        if (article.siteName() != null) {
            return article.siteName();
        }
        String host = URI.create(url).getHost().toLowerCase(Locale.ROOT);
        return host.startsWith("www.") ? host.substring(4) : host;
    }

    private static boolean sameHost(String a, String b) {
        try {
            String ha = URI.create(a).getHost();
            String hb = URI.create(b).getHost();
            return ha != null && hb != null && ha.replaceFirst("^www\\.", "").equalsIgnoreCase(hb.replaceFirst("^www\\.", ""));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    static List<String> paragraphsOf(Version version) {
        return version.paragraphs.stream().map(p -> p.text).toList();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static String limit(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
