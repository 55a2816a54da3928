package com.forecourt.platform.axon;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Every processing group runs in a pooled streaming processor unless configured otherwise: one coordinator claims
 * segments and hands batches to worker threads, so a projection can spread over several segments and nodes, and
 * a replay does not block new events of other groups.
 */
@AutoConfiguration(before = AxonAutoConfiguration.class)
public class EventProcessingConfiguration {

    @Bean
    ConfigurerModule pooledStreamingProcessorsByDefault() {
        return configurer -> configurer.eventProcessing(EventProcessingConfigurer::usingPooledStreamingEventProcessors);
    }
}
