package com.forecourt.order.projection.search;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.async.SequentialPolicy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The order-search group handles all events in one sequence (global order), so the customer and car lookups are
 * always written before the orders that need them, whatever segment an aggregate's events would otherwise go to.
 */
@Configuration(proxyBeanMethods = false)
class OrderSearchSequencing {

    @Bean
    ConfigurerModule orderSearchSequentialPolicy() {
        return configurer -> configurer.eventProcessing(processing ->
                processing.registerSequencingPolicy(OrderSearchProjection.NAME, configuration -> new SequentialPolicy()));
    }
}
