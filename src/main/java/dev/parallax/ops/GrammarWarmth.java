package dev.parallax.ops;

import dev.parallax.grammar.GrammarConfig;
import dev.parallax.grammar.engine.GrammarEngine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Reports, per language of {@code parallax.grammar.warm-up}, whether LanguageTool is loaded ("warm") or still
 * loading ("warming"). Always up: the workbench serves every page meanwhile (the grammar page says
 * "Checking…"), so a cold LanguageTool must not take the instance out of the load balancer.
 */
@Readiness
@ApplicationScoped
public class GrammarWarmth implements HealthCheck {

    @Inject
    GrammarConfig config;
    @Inject
    GrammarEngine engine;

    @Override
    public HealthCheckResponse call() {
        var builder = HealthCheckResponse.named("Grammar languages").up();
        if (!config.enabled()) {
            return builder.withData("grammar", "disabled").build();
        }
        for (String tag : config.warmUp()) {
            engine.resolve(tag).ifPresent(language -> builder.withData(language, engine.isWarm(language) ? "warm" : "warming"));
        }
        return builder.build();
    }
}
