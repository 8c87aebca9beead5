package dev.parallax.grammar;

import dev.parallax.common.ApiException;
import dev.parallax.grammar.GrammarCache.Key;
import dev.parallax.grammar.GrammarStoryReader.IgnoreKey;
import dev.parallax.grammar.GrammarStoryReader.ParagraphText;
import dev.parallax.grammar.GrammarStoryReader.StoryText;
import dev.parallax.grammar.GrammarStoryReader.VersionText;
import dev.parallax.grammar.StoryGrammar.ParagraphGrammar;
import dev.parallax.grammar.StoryGrammar.VersionGrammar;
import dev.parallax.grammar.engine.GrammarEngine;
import dev.parallax.grammar.engine.GrammarMatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A story's grammar: plans the checks of its versions (each paragraph alone, each paired paragraph against its
 * source), takes what the cache holds, has {@link GrammarWorkers} check the rest, and filters ignored matches and
 * disabled rules after the cache (ADR 0004). The story is read by {@link GrammarStoryReader}; free text is checked
 * by {@link GrammarTextChecks}; writes (ignore, disable a rule, apply a suggestion) are {@link GrammarWrites}'.
 */
@ApplicationScoped
public class GrammarService {

    @Inject
    GrammarEngine engine;
    @Inject
    GrammarConfig config;
    @Inject
    GrammarCache cache;
    @Inject
    GrammarStoryReader reader;
    @Inject
    GrammarWorkers workers;
    @Inject
    dev.parallax.term.TermService terms;


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
        StoryText story = reader.snapshot(storyId);
        return compute(story, story.versions(), wait);
    }

    /** One version of a story, as in {@link #story(long, Duration)}. */
    public VersionGrammar version(long storyId, long versionId, Duration wait) {
        StoryText story = reader.snapshot(storyId);
        List<VersionText> one = story.versions().stream().filter(v -> v.id() == versionId).toList();
        if (one.isEmpty()) {
            throw ApiException.notFound("Version", versionId);
        }
        return compute(story, one, wait).versions().get(0);
    }

    /** One paragraph, checked now if it is not cached (after an edit: only this paragraph is re-checked). */
    public VersionGrammar paragraph(long versionId, int index) {
        StoryText story = reader.snapshot(reader.storyOf(versionId));
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
                        + String.join(", ", engine.supportedLanguages()) + ". Add its language module to check this version."
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
                CompletableFuture<List<GrammarMatch>> m = workers.result(monoKey(p), cached, () -> engine.check(language, p.text()));
                mono.put(p.index(), m);
                all.add(m);
                if (bilingual(p)) {
                    CompletableFuture<List<GrammarMatch>> b = workers.result(biKey(p), cached,
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

}
