package com.forecourt.platform.axon;

import org.axonframework.config.Configuration;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
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
@EnableConfigurationProperties(ProcessorTuningProperties.class)
public class ProcessorTuningConfiguration {

    /** The switch between Forecourt's tuning (true, the default) and Axon's defaults (false). */
    public static final String TUNING_ENABLED = "forecourt.axon.tuning.enabled";

    /** Events a pooled streaming processor handles per transaction when tuned; Axon's default is 1. */
    public static final int BATCH_SIZE = 100;

    /**
     * How many segments a pooled processor's stream is split into when its tokens are first created
     * ({@code forecourt.axon.segments}). Axon's default is 16. Every segment handles its share of a batch in its own transaction, so on a small machine
     * 16 segments turn one batch into up to 16 commits per processor; 2 is enough for two nodes to share a projection
     * (and segments can be split later). See docs/benchmarks.md for the measured effect.
     */
    /**
     * How often a work package that receives only events it ignores stores its token anyway (Axon: 5 s). Until it
     * does, the projection's position in {@code token_entry}, which status, lag and the gauges read, stays behind
     * the events it has in fact passed: a projection with nothing to do looked up to 5 s late. One token write per
     * second and segment is cheap.
     */
    public static final long CLAIM_EXTENSION_MILLIS = 1_000;

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
    ConfigurerModule pooledStreamingProcessorsByDefault(ProcessorTuningProperties tuning) {
        return configurer -> configurer.eventProcessing(processing -> processing
                .usingPooledStreamingEventProcessors()
                .configureDefaultStreamableMessageSource(ProcessorTuningConfiguration::wakingEventStore)
                .registerPooledStreamingEventProcessorConfiguration((configuration, builder) -> builder
                        .batchSize(BATCH_SIZE)
                        .initialSegmentCount(tuning.segments())
                        .claimExtensionThreshold(CLAIM_EXTENSION_MILLIS)));
    }

    /** The event store with a wake-up call on commit, for every pooled processor (also those registered by name). */
    public static StreamableMessageSource<TrackedEventMessage<?>> wakingEventStore(Configuration configuration) {
        return new WakingMessageSource(configuration.eventStore());
    }
}
