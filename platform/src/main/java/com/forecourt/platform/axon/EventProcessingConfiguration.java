package com.forecourt.platform.axon;

import org.axonframework.config.Configuration;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/**
 * Every processing group runs in a pooled streaming processor unless configured otherwise: one coordinator claims
 * segments and hands batches to worker threads, so a projection can spread over several segments and nodes, and
 * a replay does not block new events of other groups.
 *
 * <p>{@value #TUNING_ENABLED}{@code =false} leaves Axon's defaults as shipped (tracking processors, default batch
 * sizes) for every tuning Forecourt makes; the benchmark (docs/benchmarks.md) runs that as its baseline. Every
 * tuning must sit behind this one switch so that the baseline stays Axon's defaults.
 */
@AutoConfiguration(before = AxonAutoConfiguration.class)
public class EventProcessingConfiguration {

    /** The switch between Forecourt's tuning (true, the default) and Axon's defaults (false). */
    public static final String TUNING_ENABLED = "forecourt.axon.tuning.enabled";

    /** Events a pooled streaming processor handles per transaction when tuned; Axon's default is 1. */
    public static final int BATCH_SIZE = 100;

    /**
     * Pooled streaming processors handling up to {@value #BATCH_SIZE} events per transaction: a replay or a burst then
     * commits once per batch instead of once per event, while a single new event is still handled on its own at once
     * (a batch never waits to fill up).
     *
     * <p>Every pooled processor reads the event store through {@link #wakingEventStore}, which wakes it when events
     * are committed in this JVM instead of letting it sleep 500 ms between looks (docs/benchmarks.md).
     */
    @Bean
    @ConditionalOnProperty(name = TUNING_ENABLED, havingValue = "true", matchIfMissing = true)
    ConfigurerModule pooledStreamingProcessorsByDefault() {
        return configurer -> configurer.eventProcessing(processing -> processing
                .usingPooledStreamingEventProcessors()
                .configureDefaultStreamableMessageSource(EventProcessingConfiguration::wakingEventStore)
                .registerPooledStreamingEventProcessorConfiguration((configuration, builder) -> builder.batchSize(BATCH_SIZE)));
    }

    /** The event store with a wake-up call on commit, for every pooled processor (also those registered by name). */
    public static StreamableMessageSource<TrackedEventMessage<?>> wakingEventStore(Configuration configuration) {
        return new WakingMessageSource(configuration.eventStore());
    }
}
