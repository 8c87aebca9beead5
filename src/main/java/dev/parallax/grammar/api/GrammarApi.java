package dev.parallax.grammar.api;

import dev.parallax.grammar.GrammarEngineProducer;
import dev.parallax.grammar.GrammarTextChecks;
import dev.parallax.grammar.GrammarTextChecks.TextCheck;
import dev.parallax.grammar.engine.GrammarEngine;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Grammar and style checks of free text, and which languages are ready. */
@Path("/api/grammar")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
public class GrammarApi {

    @Inject
    GrammarTextChecks grammar;
    @Inject
    GrammarEngine engine;
    @Inject
    GrammarEngineProducer producer;

    /** {@code {"language": "en-US", "text": "…"}} */
    public record CheckRequest(String language, String text) {
    }

    public record Status(boolean enabled, List<String> supported, Map<String, Boolean> warm, Map<String, Long> warmUpMillis, long checks) {
    }

    @POST
    @Path("check")
    @Consumes(MediaType.APPLICATION_JSON)
    public TextCheck check(@NotNull(message = "Send \\{\"language\": \"en-US\", \"text\": \"…\"\\}.") CheckRequest body) {
        return grammar.checkText(body.language(), body.text());
    }

    /** Which languages can be checked and which are loaded already (the benchmark polls this). */
    @GET
    @Path("status")
    public Status status() {
        Map<String, Boolean> warm = new LinkedHashMap<>();
        for (String language : engine.supportedLanguages()) {
            warm.put(language, engine.isWarm(language));
        }
        return new Status(grammar.enabled(), engine.supportedLanguages(), warm, producer.warmUpMillis(), engine.checks());
    }
}
