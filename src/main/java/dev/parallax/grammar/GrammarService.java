package dev.parallax.grammar;

import dev.parallax.common.ApiException;
import dev.parallax.common.ParallaxConfig;
import dev.parallax.grammar.GrammarCache.Key;
import dev.parallax.grammar.StoryGrammar.ParagraphGrammar;
import dev.parallax.grammar.StoryGrammar.VersionGrammar;
import dev.parallax.grammar.engine.GrammarEngine;
import dev.parallax.grammar.engine.GrammarMatch;
import dev.parallax.story.Paragraph;
import dev.parallax.story.Story;
import dev.parallax.story.StoryService;
import dev.parallax.story.Version;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Grammar checks of free text and of stories, and every grammar write (ignore a match, disable a rule,
 * apply a suggestion). A story's paragraphs are checked in parallel on {@code parallax.grammar.threads}
 * workers, each result cached by (language, rule settings, text hash), so only new or edited text is ever
 * sent to LanguageTool. Ignored matches and disabled rules are filtered after the cache (ADR 0004).
 */
@ApplicationScoped
public class GrammarService {

    @Inject
    GrammarEngine engine;
    @Inject
    GrammarConfig config;
    @Inject
    ParallaxConfig parallax;
    @Inject
    GrammarCache cache;
    @Inject
    SourceParagraphs sources;
    @Inject
    StoryService stories;
    @Inject
    dev.parallax.term.TermService terms;
    @Inject
    dev.parallax.edit.EditService edits;

    private ExecutorService workers;
    private final Map<Key, CompletableFuture<List<GrammarMatch>>> inflight = new ConcurrentHashMap<>();

    /** The answer to a free-text check. */
    public record TextCheck(String language, List<GrammarMatch> matches) {
    }

    @PostConstruct
    void start() {
        AtomicInteger n = new AtomicInteger();
        workers = Executors.newFixedThreadPool(config.effectiveThreads(), r -> {
            Thread t = new Thread(r, "grammar-check-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Paragraphs waiting for a LanguageTool check (Prometheus: parallax_grammar_queue). */
    public int queueLength() {
        return workers instanceof java.util.concurrent.ThreadPoolExecutor pool ? pool.getQueue().size() : 0;
    }

    /** Prometheus: parallax_grammar_check_seconds, one paragraph checked by LanguageTool (cached answers are not timed). */
    private static final io.micrometer.core.instrument.Timer CHECK_TIMER = io.micrometer.core.instrument.Timer
            .builder("parallax.grammar.check").description("Checking one paragraph with LanguageTool").publishPercentileHistogram()
            .register(io.micrometer.core.instrument.Metrics.globalRegistry);

    @PreDestroy
    void stop() {
        workers.shutdownNow();
    }

    // ---- free text ---------------------------------------------------------------------------------

    /** Checks {@code text} as LanguageTool would, uncached (texts sent here are one-offs). */
    public TextCheck checkText(String languageTag, String text) {
        requireEnabled();
        String language = resolve(languageTag);
        if (text == null || text.isEmpty()) {
            return new TextCheck(language, List.of());
        }
        checkSize(text);
        return new TextCheck(language, engine.check(language, text));
    }

    /** LanguageTool's code for a tag, or a 400 that names every language it can check. */
    public String resolve(String languageTag) {
        if (languageTag == null || languageTag.isBlank()) {
            throw ApiException.badRequest("Invalid language", "A language is required; LanguageTool here checks "
                    + supportedList() + ".");
        }
        return engine.resolve(languageTag).orElseThrow(() -> ApiException.badRequest("Unsupported language",
                "LanguageTool here cannot check '" + languageTag + "'; it checks " + supportedList() + "."));
    }

    public String supportedList() {
        return String.join(", ", engine.supportedLanguages());
    }

    private void checkSize(String text) {
        long max = parallax.maxTextSize().asLongValue();
        if (text.length() > max / 3 && text.getBytes(StandardCharsets.UTF_8).length > max) {
            throw ApiException.tooLarge("The text is over the limit of " + max + " bytes (parallax.max-text-size).");
        }
    }

    private void requireEnabled() {
        if (!config.enabled()) {
            throw new ApiException(503, "Grammar checks disabled", "parallax.grammar.enabled is false on this server.");
        }
    }

    public boolean enabled() {
        return config.enabled();
    }

    // ---- stories -----------------------------------------------------------------------------------

    /** The whole story, waiting for every check. */
    public StoryGrammar story(long storyId) {
        return story(storyId, null);
    }

    /**
     * The story's issues, waiting at most {@code wait} (null: as long as it takes); versions whose checks
     * are not done by then come back {@code pending} while the checks go on and fill the cache.
     */
    public StoryGrammar story(long storyId, Duration wait) {
        StoryText story = snapshot(storyId);
        return compute(story, story.versions(), wait);
    }

    /** One version of a story, as in {@link #story(long, Duration)}. */
    public VersionGrammar version(long storyId, long versionId, Duration wait) {
        StoryText story = snapshot(storyId);
        List<VersionText> one = story.versions().stream().filter(v -> v.id() == versionId).toList();
        if (one.isEmpty()) {
            throw ApiException.notFound("Version", versionId);
        }
        return compute(story, one, wait).versions().get(0);
    }

    /** The id of the story a version belongs to (404 for an unknown version). */
    public long storyOf(long versionId) {
        return QuarkusTransaction.requiringNew().call(() -> stories.version(versionId).story.id);
    }

    /** One paragraph, checked now if it is not cached (after an edit: only this paragraph is re-checked). */
    public VersionGrammar paragraph(long versionId, int index) {
        StoryText story = snapshot(storyOf(versionId));
        VersionText version = story.versions().stream().filter(v -> v.id() == versionId).findFirst().orElseThrow();
        ParagraphText paragraph = version.paragraphs().stream().filter(p -> p.index() == index).findFirst()
                .orElseThrow(() -> new ApiException(404, "Paragraph not found", "Version " + versionId + " has no paragraph " + index + "."));
        VersionText only = new VersionText(version.id(), version.key(), version.outlet(), version.language(), version.direction(),
                version.languageName(), version.kind(), version.translationOfId(), version.translationOfLabel(),
                version.sourceLanguage(), version.pairingNote(), List.of(paragraph));
        return compute(story, List.of(only), null).versions().get(0);
    }

    private StoryGrammar compute(StoryText story, List<VersionText> versions, Duration wait) {
        boolean enabled = config.enabled();
        // Plan every check first, look the whole plan up in the cache at once, then start what is missing,
        // so all versions' paragraphs share the workers.
        Map<Long, Plan> plans = new HashMap<>();
        Set<Key> keys = new LinkedHashSet<>();
        for (VersionText v : versions) {
            Plan plan = enabled ? plan(v) : null;
            if (plan != null) {
                plans.put(v.id(), plan);
                plan.keys(keys);
            }
        }
        Map<Key, List<GrammarMatch>> cached = keys.isEmpty() ? Map.of() : cache.find(keys);
        Map<Long, List<CompletableFuture<List<GrammarMatch>>>> futures = new HashMap<>();
        for (Plan plan : plans.values()) {
            futures.put(plan.version.id(), plan.start(cached));
        }
        long deadline = wait == null ? Long.MAX_VALUE : System.nanoTime() + wait.toNanos();
        List<VersionGrammar> result = new ArrayList<>();
        boolean allDone = true;
        for (VersionText v : versions) {
            Plan plan = plans.get(v.id());
            if (plan == null) {
                String note = enabled
                        ? "LanguageTool here does not check " + v.languageName() + " (" + v.language() + "); it checks "
                        + supportedList() + ". Add its language module to check this version."
                        : "Grammar checks are turned off on this server (parallax.grammar.enabled=false).";
                result.add(version(v, null, note, null, false, List.of()));
                continue;
            }
            boolean done = await(futures.get(v.id()), deadline);
            allDone &= done;
            if (!done) {
                List<CompletableFuture<List<GrammarMatch>>> checks = futures.get(v.id());
                int finished = (int) checks.stream().filter(CompletableFuture::isDone).count();
                result.add(new VersionGrammar(v.id(), v.key(), v.outlet(), v.language(), v.direction(), v.languageName(), v.kind(),
                        v.translationOfId(), v.translationOfLabel(), plan.language, null, plan.bilingualNote, true, List.of(),
                        finished, checks.size()));
                continue;
            }
            try {
                result.add(version(v, plan.language, null, plan.bilingualNote, false, plan.paragraphs(story)));
            } catch (ExecutionException e) {
                Throwable cause = e.getCause() == null ? e : e.getCause();
                result.add(version(v, null, "LanguageTool failed on this version: " + cause.getMessage(), null, false, List.of()));
            }
        }
        if (allDone) {
            cache.flush(); // the results of this request are in the database when it answers
        }
        return new StoryGrammar(story.id(), story.title(), result, List.copyOf(story.disabledRules()));
    }

    private static boolean await(List<CompletableFuture<List<GrammarMatch>>> futures, long deadline) {
        CompletableFuture<Void> all = CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new));
        try {
            if (deadline == Long.MAX_VALUE) {
                all.get();
            } else {
                all.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            }
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            return true; // reported per version
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static VersionGrammar version(VersionText v, String checkedAs, String note, String bilingualNote, boolean pending,
                                          List<ParagraphGrammar> paragraphs) {
        return new VersionGrammar(v.id(), v.key(), v.outlet(), v.language(), v.direction(), v.languageName(), v.kind(),
                v.translationOfId(), v.translationOfLabel(), checkedAs, note, bilingualNote, pending, paragraphs, 0, 0);
    }

    private Plan plan(VersionText v) {
        String language = engine.resolve(v.language()).orElse(null);
        if (language == null) {
            return null;
        }
        String sourceLanguage = v.sourceLanguage() == null ? null : engine.resolve(v.sourceLanguage()).orElse(null);
        String bilingualNote = v.pairingNote();
        if (v.sourceLanguage() != null && sourceLanguage == null) {
            bilingualNote = "No bilingual checks: LanguageTool here does not check the source's language (" + v.sourceLanguage() + ").";
        }
        return new Plan(v, language, sourceLanguage, bilingualNote);
    }

    /** The checks one version needs: each paragraph alone, and each paired paragraph against its source. */
    private final class Plan {
        final VersionText version;
        final String language;
        final String sourceLanguage;
        final String bilingualNote;
        final String settings = engine.settings();
        final Map<Integer, CompletableFuture<List<GrammarMatch>>> mono = new HashMap<>();
        final Map<Integer, CompletableFuture<List<GrammarMatch>>> bi = new HashMap<>();

        Plan(VersionText version, String language, String sourceLanguage, String bilingualNote) {
            this.version = version;
            this.language = language;
            this.sourceLanguage = sourceLanguage;
            this.bilingualNote = bilingualNote;
        }

        Key monoKey(ParagraphText p) {
            return new Key(language, settings, p.hash());
        }

        Key biKey(ParagraphText p) {
            return new Key(language, "bilingual from " + sourceLanguage + "; " + settings,
                    GrammarCache.hash(p.pair().sourceText() + "\u0000" + p.text()));
        }

        boolean bilingual(ParagraphText p) {
            return sourceLanguage != null && p.pair() != null;
        }

        void keys(Set<Key> keys) {
            for (ParagraphText p : version.paragraphs()) {
                keys.add(monoKey(p));
                if (bilingual(p)) {
                    keys.add(biKey(p));
                }
            }
        }

        List<CompletableFuture<List<GrammarMatch>>> start(Map<Key, List<GrammarMatch>> cached) {
            List<CompletableFuture<List<GrammarMatch>>> all = new ArrayList<>();
            for (ParagraphText p : version.paragraphs()) {
                CompletableFuture<List<GrammarMatch>> m = result(monoKey(p), cached, () -> engine.check(language, p.text()));
                mono.put(p.index(), m);
                all.add(m);
                if (bilingual(p)) {
                    CompletableFuture<List<GrammarMatch>> b = result(biKey(p), cached,
                            () -> engine.checkBilingual(sourceLanguage, p.pair().sourceText(), language, p.text()));
                    bi.put(p.index(), b);
                    all.add(b);
                }
            }
            return all;
        }

        List<ParagraphGrammar> paragraphs(StoryText story) throws ExecutionException {
            List<ParagraphGrammar> list = new ArrayList<>();
            for (ParagraphText p : version.paragraphs()) {
                List<GrammarMatch> matches = visible(story, p, get(mono.get(p.index())));
                List<GrammarMatch> bilingual = bi.containsKey(p.index()) ? visible(story, p, get(bi.get(p.index()))) : List.of();
                list.add(new ParagraphGrammar(p.index(), p.text(), p.hash(), matches, bilingual,
                        p.pair() == null ? List.of() : p.pair().sourceIndexes()));
            }
            return list;
        }

        private List<GrammarMatch> visible(StoryText story, ParagraphText p, List<GrammarMatch> matches) {
            dev.parallax.term.engine.TermIndex index = terms.index();
            return matches.stream()
                    .filter(m -> !isTermSpelling(index, m, p.text(), version.language()))
                    .filter(m -> !story.disabledRules().contains(m.rule()))
                    .filter(m -> !story.ignores().contains(new IgnoreKey(version.id(), p.hash(), m.rule(), m.offset(), m.matchedText(p.text()))))
                    .toList();
        }
    }

    /** A spelling match on a word of the termbase (in the version's language) is no error: خامنئي is a name. */
    static boolean isTermSpelling(dev.parallax.term.engine.TermIndex index, GrammarMatch m, String text, String language) {
        boolean spelling = "TYPOS".equals(m.category()) || m.rule().contains("SPELL") || m.rule().contains("MORFOLOGIK")
                || m.rule().contains("HUNSPELL");
        if (!spelling || index.isEmpty()) {
            return false;
        }
        String word = m.matchedText(text);
        return !word.isBlank() && dev.parallax.term.engine.TermFolding.tokens(word).stream()
                .allMatch(t -> index.isTermWord(word.substring(t.start(), t.end()), language));
    }

    private static List<GrammarMatch> get(CompletableFuture<List<GrammarMatch>> future) throws ExecutionException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExecutionException(e);
        }
    }

    /** A cached result, or the one check of that key already running, or a new check on the workers. */
    private CompletableFuture<List<GrammarMatch>> result(Key key, Map<Key, List<GrammarMatch>> cached, Supplier<List<GrammarMatch>> check) {
        List<GrammarMatch> hit = cached.get(key);
        if (hit != null) {
            return CompletableFuture.completedFuture(hit);
        }
        boolean[] mine = {false};
        CompletableFuture<List<GrammarMatch>> future = inflight.computeIfAbsent(key, k -> {
            mine[0] = true;
            return new CompletableFuture<>();
        });
        if (mine[0]) {
            workers.execute(() -> {
                try {
                    List<GrammarMatch> matches = cache.peek(key);
                    if (matches == null) {
                        matches = List.copyOf(CHECK_TIMER.record(check::get));
                        cache.put(key, matches);
                    }
                    future.complete(matches);
                } catch (Throwable t) {
                    future.completeExceptionally(t);
                } finally {
                    inflight.remove(key, future);
                }
            });
        }
        return future;
    }

    // ---- reading a story once ----------------------------------------------------------------------

    record ParagraphText(int index, String text, String hash, ParagraphPair pair) {
    }

    record VersionText(long id, String key, String outlet, String language, String direction, String languageName, String kind,
                       Long translationOfId, String translationOfLabel, String sourceLanguage, String pairingNote,
                       List<ParagraphText> paragraphs) {
    }

    record IgnoreKey(long versionId, String textHash, String rule, int offset, String matchedText) {
    }

    record StoryText(long id, String title, List<VersionText> versions, Set<String> disabledRules, Set<IgnoreKey> ignores) {
    }

    private StoryText snapshot(long storyId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Story story = stories.story(storyId);
            List<VersionText> versions = new ArrayList<>();
            for (Version v : story.versions) {
                Map<Integer, ParagraphPair> pairs = new HashMap<>();
                String pairingNote = null;
                if (v.translationOf != null) {
                    for (ParagraphPair pair : sources.pairsFor(v)) {
                        pairs.put(pair.targetIndex(), pair);
                    }
                    if (pairs.isEmpty()) {
                        pairingNote = sources.whyUnpaired(v);
                    }
                }
                List<ParagraphText> paragraphs = new ArrayList<>();
                for (Paragraph p : v.paragraphs) {
                    paragraphs.add(new ParagraphText(p.ordinal, p.text, GrammarCache.hash(p.text), pairs.get(p.ordinal)));
                }
                versions.add(new VersionText(v.id, v.key, v.outlet, v.language, v.direction(), v.languageName(), v.kind.label(),
                        v.translationOf == null ? null : v.translationOf.id, v.translationOf == null ? null : v.translationOf.label(),
                        v.translationOf == null ? null : v.translationOf.language, pairingNote, paragraphs));
            }
            Set<String> disabled = new LinkedHashSet<>();
            for (DisabledRule r : DisabledRule.<DisabledRule>list("storyId = ?1 order by ruleId", storyId)) {
                disabled.add(r.ruleId);
            }
            Set<IgnoreKey> ignores = new HashSet<>();
            for (IgnoredMatch i : IgnoredMatch.<IgnoredMatch>list("storyId", storyId)) {
                ignores.add(new IgnoreKey(i.versionId, i.textHash, i.ruleId, i.matchOffset, i.matchedText));
            }
            return new StoryText(story.id, story.title, versions, disabled, ignores);
        });
    }

    // ---- writes ------------------------------------------------------------------------------------

    /** Hides one match of one paragraph for as long as the paragraph's text stays the same. */
    public void ignore(long versionId, int index, String rule, int offset, String matchedText) {
        requireRule(rule);
        QuarkusTransaction.requiringNew().run(() -> {
            Paragraph paragraph = edits.paragraph(versionId, index);
            String text = paragraph.text;
            String at = offset < 0 || matchedText == null || offset + matchedText.length() > text.length()
                    ? null : text.substring(offset, offset + matchedText.length());
            if (!Objects.equals(at, matchedText)) {
                throw ApiException.conflict("Paragraph changed", "Paragraph " + index + " no longer has '" + matchedText
                        + "' at " + offset + "; reload the page.");
            }
            String hash = GrammarCache.hash(text);
            if (IgnoredMatch.count("versionId = ?1 and textHash = ?2 and ruleId = ?3 and matchOffset = ?4 and matchedText = ?5",
                    versionId, hash, rule, offset, matchedText) == 0) {
                IgnoredMatch ignored = new IgnoredMatch();
                ignored.storyId = paragraph.version.story.id;
                ignored.versionId = versionId;
                ignored.textHash = hash;
                ignored.ruleId = rule;
                ignored.matchOffset = offset;
                ignored.matchedText = matchedText;
                ignored.createdAt = now();
                ignored.persist();
            }
        });
    }

    public void disableRule(long storyId, String rule) {
        requireRule(rule);
        QuarkusTransaction.requiringNew().run(() -> {
            stories.story(storyId);
            if (DisabledRule.count("storyId = ?1 and ruleId = ?2", storyId, rule) == 0) {
                DisabledRule disabled = new DisabledRule();
                disabled.storyId = storyId;
                disabled.ruleId = rule;
                disabled.createdAt = now();
                disabled.persist();
            }
        });
    }

    public void enableRule(long storyId, String rule) {
        requireRule(rule);
        QuarkusTransaction.requiringNew().run(() -> {
            stories.story(storyId);
            DisabledRule.delete("storyId = ?1 and ruleId = ?2", storyId, rule);
        });
    }

    /**
     * Replaces the {@code length} characters at {@code offset} of a paragraph, which must still read
     * {@code expected}, by {@code replacement}: a new revision of the paragraph, by whoever applied it.
     * Ignored matches of the old text go with it.
     */
    public void applySuggestion(long versionId, int index, int offset, int length, String expected, String replacement) {
        if (replacement == null) {
            throw ApiException.badRequest("Invalid replacement", "A replacement is required.");
        }
        Paragraph current = QuarkusTransaction.requiringNew().call(() -> edits.paragraph(versionId, index));
        String text = current.text;
        if (offset < 0 || length < 0 || offset + length > text.length()
                || !text.substring(offset, offset + length).equals(expected == null ? "" : expected)) {
            throw ApiException.conflict("Paragraph changed", "Paragraph " + index + " no longer has '" + expected
                    + "' at " + offset + "; reload the page.");
        }
        String oldHash = GrammarCache.hash(text);
        edits.save(versionId, index, text.substring(0, offset) + replacement + text.substring(offset + length),
                current.status.label(), current.revision);
        QuarkusTransaction.requiringNew().run(() -> IgnoredMatch.delete("versionId = ?1 and textHash = ?2", versionId, oldHash));
    }

    private static void requireRule(String rule) {
        if (rule == null || rule.isBlank() || rule.length() > 200) {
            throw ApiException.badRequest("Invalid rule", "A LanguageTool rule id is required (e.g. ENGLISH_WORD_REPEAT_RULE).");
        }
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
