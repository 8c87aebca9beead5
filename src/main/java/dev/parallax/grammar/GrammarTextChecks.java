package dev.parallax.grammar;

import dev.parallax.common.ApiException;
import dev.parallax.common.ParallaxConfig;
import dev.parallax.grammar.engine.GrammarEngine;
import dev.parallax.grammar.engine.GrammarMatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** Grammar checks of free text (the API's {@code POST /api/grammar/check}): uncached, size-limited, on the caller's thread. */
@ApplicationScoped
public class GrammarTextChecks {

    @Inject
    GrammarEngine engine;
    @Inject
    GrammarConfig config;
    @Inject
    ParallaxConfig parallax;

    /** The answer to a free-text check. */
    public record TextCheck(String language, List<GrammarMatch> matches) {
    }

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
}
