package com.forecourt.platform.contract;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.forecourt.platform.axon.AxonSerializationConfiguration;
import org.axonframework.eventhandling.EventBus;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/**
 * {@code forecourt.events.validate} (default true): every event published on the event bus, so every event an
 * aggregate applies, is checked against its committed schema before it is stored ({@link EventContractCheck}). Its
 * cost is measured in docs/benchmarks.md; the tests always run with it.
 *
 * <p>The check is registered on the bus itself, where aggregates publish, and deliberately not declared as a
 * dispatch-interceptor bean: Axon's auto-configuration would also put such a bean on the event gateway, and events
 * sent through the gateway would be checked twice.
 */
@AutoConfiguration
@ConditionalOnProperty(name = EventContractConfiguration.VALIDATE, havingValue = "true", matchIfMissing = true)
public class EventContractConfiguration {

    /** The switch. */
    public static final String VALIDATE = "forecourt.events.validate";

    @Bean
    SmartInitializingSingleton eventContractCheckOnTheEventBus(ObjectProvider<EventBus> eventBus,
                                                               @Qualifier(AxonSerializationConfiguration.AXON_OBJECT_MAPPER)
                                                               ObjectMapper mapper) {
        EventContractCheck check = new EventContractCheck(new EventSchemas(), mapper);
        return () -> eventBus.ifAvailable(bus -> bus.registerDispatchInterceptor(check));
    }
}
