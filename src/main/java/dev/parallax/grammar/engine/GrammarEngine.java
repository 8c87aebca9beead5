package dev.parallax.grammar.engine;

import java.util.List;
import java.util.Optional;

/**
 * Grammar and style checking as Parallax needs it, so LanguageTool stays behind one door: the rest of the
 * application knows languages by code, texts as strings and issues as {@link GrammarMatch}es.
 * Implementations are thread-safe.
 */
public interface GrammarEngine {

    /** The code the engine checks a BCP 47 tag as ({@code en} → {@code en-US}), or empty when it cannot check it. */
    Optional<String> resolve(String languageTag);

    /** Every code {@link #check} accepts, sorted. */
    List<String> supportedLanguages();

    /** The issues in {@code text}, a resolved language code's text. */
    List<GrammarMatch> check(String language, String text);

    /**
     * Bilingual issues of a translation ({@code text} in {@code language}) against its source: different
     * length, different final punctuation, text left untranslated. Monolingual issues are not repeated.
     */
    List<GrammarMatch> checkBilingual(String sourceLanguage, String sourceText, String language, String text);

    /** Names the engine and its rule settings: results are only reusable under the same settings. */
    String settings();

    /** Loads a language and runs one check, so the first real check is not slow. */
    void warmUp(String language);

    /** Whether a language has been loaded and has checked something. */
    boolean isWarm(String language);

    /** How many times LanguageTool itself was asked to check something (monolingual and bilingual). */
    long checks();
}
