package com.forecourt.checkout.saga;

import com.forecourt.platform.axon.ProcessorTuningConfiguration;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.messaging.StreamableMessageSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * The checkout saga's event processor, set up in code so that it is the same in the command side on its own and in
 * the embedded default, whose configuration files differ.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CheckoutProperties.class)
public class CheckoutSagaConfiguration {

    /**
     * A pooled streaming processor, so checkouts of different orders run in parallel while each saga instance sees
     * its events in order on one thread.
     * <ul>
     *   <li>It starts at the head of the event stream: on its first start in an existing system it must not re-run
     *       the checkout of every order ever placed.</li>
     *   <li>A failing saga handler fails the batch, which is retried, instead of being logged and skipped (Axon's
     *       default for event handlers): a skipped step would leave car, credit or slot held for good.</li>
     *   <li>It reads the event store through {@code WakingMessageSource}, so each of the checkout's four hops is picked
     *       up within milliseconds instead of up to 500 ms (docs/benchmarks.md).</li>
     *   <li>Its transactions are Axon's own, durable ones, named explicitly: the query side makes asynchronous commits
     *       the default for its processors, and when both sides share a JVM that default must not reach the saga,
     *       whose transactions hold saga state and the commands it sends.</li>
     * </ul>
     */
    @Bean
    @ConditionalOnProperty(name = ProcessorTuningConfiguration.TUNING_ENABLED, havingValue = "true", matchIfMissing = true)
    ConfigurerModule checkoutSagaProcessor() {
        return configurer -> configurer.eventProcessing()
                .registerPooledStreamingEventProcessor(CheckoutSaga.PROCESSING_GROUP,
                        ProcessorTuningConfiguration::wakingEventStore,
                        (configuration, builder) -> builder.initialToken(StreamableMessageSource::createHeadToken))
                .registerTransactionManager(CheckoutSaga.PROCESSING_GROUP,
                        configuration -> configuration.getComponent(TransactionManager.class))
                .registerListenerInvocationErrorHandler(CheckoutSaga.PROCESSING_GROUP,
                        configuration -> PropagatingErrorHandler.instance());
    }

    /**
     * The benchmark's baseline ({@code forecourt.axon.tuning.enabled=false}): Axon's default tracking processor, with
     * the same start at the head and the same error propagation, which are correctness rather than tuning.
     */
    @Bean
    @ConditionalOnProperty(name = ProcessorTuningConfiguration.TUNING_ENABLED, havingValue = "false")
    ConfigurerModule checkoutSagaTrackingProcessor() {
        return configurer -> configurer.eventProcessing()
                .registerTrackingEventProcessor(CheckoutSaga.PROCESSING_GROUP, Configuration::eventStore,
                        configuration -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                                .andInitialTrackingToken(StreamableMessageSource::createHeadToken))
                .registerListenerInvocationErrorHandler(CheckoutSaga.PROCESSING_GROUP,
                        configuration -> PropagatingErrorHandler.instance());
    }
}
