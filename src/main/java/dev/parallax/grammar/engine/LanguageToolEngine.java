package dev.parallax.grammar.engine;

import org.languagetool.AnalyzedSentence;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.Languages;
import org.languagetool.rules.RuleMatch;
import org.languagetool.rules.bitext.BitextRule;
import org.languagetool.tools.Tools;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@link GrammarEngine} on LanguageTool, in this JVM. {@code JLanguageTool} is not thread-safe, so each
 * language has a bounded pool of instances, created on demand (the first costs seconds, later ones
 * milliseconds, since LanguageTool caches rules per language) and lent to one thread at a time. No remote
 * rules, no n-gram data: nothing leaves the machine.
 */
public class LanguageToolEngine implements GrammarEngine {

    /** One sentence per language with a real error, so warming up exercises the rules that matter. */
    private static final Map<String, String> WARM_UP_TEXT = Map.of(
            "en", "He go to Tehran on Sunday and and met the president.",
            "ar", "ذهب الرئيس الى طهران في في يوم الأحد .",
            "fa", "رئیس جمهور به تهران رفت و و با رهبر دیدار کرد .");

    private final int poolSize;
    private final Map<String, Pool> pools = new ConcurrentHashMap<>();
    private final Map<String, List<BitextRule>> bitextRules = new ConcurrentHashMap<>();
    private final AtomicLong checks = new AtomicLong();

    public LanguageToolEngine(int poolSize) {
        if (poolSize < 1) {
            throw new IllegalArgumentException("pool size must be at least 1, not " + poolSize);
        }
        this.poolSize = poolSize;
    }

    @Override
    public Optional<String> resolve(String languageTag) {
        if (languageTag == null || languageTag.isBlank()) {
            return Optional.empty();
        }
        String tag = languageTag.strip().replace('_', '-');
        Language language = lookUp(tag);
        if (language == null) {
            String primary = Locale.forLanguageTag(tag).getLanguage();
            language = primary.isEmpty() || primary.equalsIgnoreCase(tag) ? null : lookUp(primary);
        }
        if (language == null) {
            return Optional.empty();
        }
        // "en" alone is checked as en-US: the generic English has no spelling rules.
        if (!language.isVariant() && language.getDefaultLanguageVariant() != null) {
            language = language.getDefaultLanguageVariant();
        }
        return Optional.of(language.getShortCodeWithCountryAndVariant());
    }

    private static Language lookUp(String code) {
        try {
            return Languages.isLanguageSupported(code) ? Languages.getLanguageForShortCode(code) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @Override
    public List<String> supportedLanguages() {
        return Languages.get().stream().map(Language::getShortCodeWithCountryAndVariant).sorted().toList();
    }

    @Override
    public List<GrammarMatch> check(String language, String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        Pool pool = pool(language);
        JLanguageTool lt = pool.borrow();
        try {
            checks.incrementAndGet();
            List<RuleMatch> matches = lt.check(text);
            pool.warm = true;
            List<GrammarMatch> result = new ArrayList<>(matches.size());
            for (RuleMatch m : matches) {
                result.add(of(m, text.length()));
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException("LanguageTool failed to check " + language + " text", e);
        } finally {
            pool.release(lt);
        }
    }

    @Override
    public List<GrammarMatch> checkBilingual(String sourceLanguage, String sourceText, String language, String text) {
        if (sourceText == null || sourceText.isBlank() || text == null || text.isBlank()) {
            return List.of();
        }
        checks.incrementAndGet();
        // Analyse each side with its own language, one pooled instance at a time (never two held at once,
        // so two threads checking en→ar and ar→en cannot wait on each other).
        AnalyzedSentence source = analyse(sourceLanguage, sourceText);
        AnalyzedSentence target = analyse(language, text);
        List<BitextRule> rules = bitextRules(sourceLanguage, language);
        List<GrammarMatch> result = new ArrayList<>();
        synchronized (rules) {
            for (BitextRule rule : rules) {
                try {
                    RuleMatch[] found = rule.match(source, target);
                    if (found != null) {
                        for (RuleMatch m : found) {
                            result.add(of(m, text.length()));
                        }
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException("LanguageTool's bilingual rule " + rule.getId() + " failed", e);
                }
            }
        }
        return result;
    }

    private AnalyzedSentence analyse(String language, String text) {
        Pool pool = pool(language);
        JLanguageTool lt = pool.borrow();
        try {
            return lt.getAnalyzedSentence(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            pool.release(lt);
        }
    }

    private List<BitextRule> bitextRules(String sourceLanguage, String language) {
        return bitextRules.computeIfAbsent(sourceLanguage + ">" + language, k -> {
            try {
                return Tools.getBitextRules(pool(sourceLanguage).language, pool(language).language);
            } catch (Exception e) {
                throw new IllegalStateException("Cannot load LanguageTool's bilingual rules for " + k, e);
            }
        });
    }

    @Override
    public String settings() {
        return "LanguageTool " + JLanguageTool.VERSION + "; default rules";
    }

    @Override
    public void warmUp(String language) {
        String code = resolve(language).orElseThrow(() -> new IllegalArgumentException("LanguageTool cannot check " + language));
        String primary = code.contains("-") ? code.substring(0, code.indexOf('-')) : code;
        check(code, WARM_UP_TEXT.getOrDefault(primary, "This is a test."));
    }

    @Override
    public boolean isWarm(String language) {
        Pool pool = pools.get(language);
        return pool != null && pool.warm;
    }

    @Override
    public long checks() {
        return checks.get();
    }

    /** Instances created so far for a language (tests and the benchmark look at the pool's bound). */
    public int instances(String language) {
        Pool pool = pools.get(language);
        return pool == null ? 0 : pool.created.get();
    }

    private Pool pool(String language) {
        Pool pool = pools.get(language);
        if (pool != null) {
            return pool;
        }
        if (!Languages.isLanguageSupported(language)) {
            throw new IllegalArgumentException("LanguageTool cannot check '" + language + "'; it knows " + supportedLanguages());
        }
        return pools.computeIfAbsent(language, code -> new Pool(Languages.getLanguageForShortCode(code), poolSize));
    }

    private static GrammarMatch of(RuleMatch m, int textLength) {
        int from = Math.max(0, Math.min(m.getFromPos(), textLength));
        int to = Math.max(from, Math.min(m.getToPos(), textLength));
        var rule = m.getRule();
        var category = rule.getCategory();
        return new GrammarMatch(from, to - from, m.getMessage(), m.getShortMessage(), rule.getId(), rule.getDescription(),
                category == null ? "MISC" : category.getId().toString(),
                category == null ? "Miscellaneous" : category.getName(),
                m.getSuggestedReplacements());
    }

    /** The instances of one language: at most {@code max}, each used by one thread at a time. */
    private static final class Pool {
        final Language language;
        final int max;
        final BlockingQueue<JLanguageTool> idle;
        final AtomicInteger created = new AtomicInteger();
        volatile boolean warm;

        Pool(Language language, int max) {
            this.language = language;
            this.max = max;
            this.idle = new ArrayBlockingQueue<>(max);
        }

        JLanguageTool borrow() {
            JLanguageTool lt = idle.poll();
            if (lt != null) {
                return lt;
            }
            while (true) {
                int n = created.get();
                if (n >= max) {
                    break;
                }
                if (created.compareAndSet(n, n + 1)) {
                    try {
                        return new JLanguageTool(language);
                    } catch (RuntimeException | Error e) {
                        created.decrementAndGet();
                        throw e;
                    }
                }
            }
            try {
                return idle.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for a LanguageTool instance", e);
            }
        }

        void release(JLanguageTool lt) {
            idle.offer(lt);
        }
    }
}
