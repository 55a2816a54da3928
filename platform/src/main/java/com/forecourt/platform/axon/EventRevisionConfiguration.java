package com.forecourt.platform.axon;

import org.axonframework.serialization.RevisionResolver;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Makes Axon store each event's {@code @SchemaRevision} as its payload revision.
 *
 * <p>{@code AxonAutoConfiguration} builds its general, message and event serializers (our Jackson ones, see
 * {@link AxonSerializationConfiguration}) with the {@link RevisionResolver} bean, and only defines its own
 * {@code AnnotationRevisionResolver} when there is none. This configuration runs before it, so the serializers the
 * JDBC storage engine and Axon Server use write {@link SchemaRevisionResolver}'s revision.
 */
@AutoConfiguration(before = AxonAutoConfiguration.class)
public class EventRevisionConfiguration {

    @Bean
    @ConditionalOnMissingBean(RevisionResolver.class)
    RevisionResolver schemaRevisionResolver() {
        return new SchemaRevisionResolver();
    }
}
