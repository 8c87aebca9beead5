package dev.parallax.ops;

import dev.parallax.grammar.GrammarWorkers;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * The Prometheus metrics that are not timers of their own feature: HTTP timings as histograms (so Prometheus
 * can tell each route's p50 and p99 with histogram_quantile) and the grammar queue's length.
 */
@ApplicationScoped
public class OpsMetrics {

    @Produces
    @Singleton
    MeterFilter httpHistograms() {
        return new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                if (id.getName().equals("http.server.requests")) {
                    return DistributionStatisticConfig.builder().percentilesHistogram(true).build().merge(config);
                }
                return config;
            }
        };
    }

    void onStart(@Observes StartupEvent event, MeterRegistry registry, GrammarWorkers grammar) {
        Gauge.builder("parallax.grammar.queue", grammar, GrammarWorkers::queueLength)
                .description("Paragraphs waiting for a grammar check").strongReference(true).register(registry);
    }
}
