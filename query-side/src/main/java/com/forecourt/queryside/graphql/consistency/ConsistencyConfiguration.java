package com.forecourt.queryside.graphql.consistency;

import com.forecourt.readmodel.consistency.ConsistentReads;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.queryhandling.QueryMessage;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Map;

/**
 * Every query a GraphQL request sends carries the position the request asked to see, in the metadata key the read
 * models' {@link ConsistentReads} waits on. Declared as a bean only: Axon's auto-configuration puts query dispatch
 * interceptors on the query gateway.
 */
@Configuration(proxyBeanMethods = false)
class ConsistencyConfiguration {

    static {
        RequestedPosition.register();
    }

    @Bean
    MessageDispatchInterceptor<QueryMessage<?, ?>> requestedPositionOnQueries() {
        return messages -> (index, query) -> {
            Long position = RequestedPosition.current();
            return position == null ? query : query.andMetaData(Map.of(ConsistentReads.POSITION, position));
        };
    }
}
