package com.forecourt.projection.deadletter;

import com.forecourt.projection.admin.ProjectionFailures;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Gives every event-handling processing group (the query side's projections; sagas have no dead-letter queue) a
 * {@link JdbcSequencedDeadLetterQueue} on the Flyway table {@code dead_letter_entry}, the
 * {@link ConnectivityAwareEnqueuePolicy}, and a propagating processor-level error handler, so that a batch that
 * fails because a store is down is retried with backoff instead of being skipped (and shows as ERROR, with its
 * cause, through {@link ProjectionFailures}).
 *
 * <p>The queue joins the processor's transaction: a letter is committed together with the token that moves past
 * its event, or not at all.
 */
@Configuration(proxyBeanMethods = false)
public class DeadLetterConfiguration {

    /** The table and snake_case columns of {@code V2026_11_23_40__dead_letters.sql}. */
    public static DeadLetterSchema schema() {
        return DeadLetterSchema.builder()
                .deadLetterTable("dead_letter_entry")
                .deadLetterIdentifierColumn("dead_letter_id")
                .processingGroupColumn("processing_group")
                .sequenceIdentifierColumn("sequence_identifier")
                .sequenceIndexColumn("sequence_index")
                .messageTypeColumn("message_type")
                .eventIdentifierColumn("event_identifier")
                .timestampColumn("time_stamp")
                .payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision")
                .payloadColumn("payload")
                .metaDataColumn("meta_data")
                .aggregateTypeColumn("aggregate_type")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .tokenTypeColumn("token_type")
                .tokenColumn("token")
                .enqueuedAtColumn("enqueued_at")
                .lastTouchedColumn("last_touched")
                .processingStartedColumn("processing_started")
                .causeTypeColumn("cause_type")
                .causeMessageColumn("cause_message")
                .diagnosticsColumn("diagnostics")
                .build();
    }

    @Bean
    ConfigurerModule projectionDeadLetterQueues(ConnectionProvider connectionProvider, ProjectionFailures failures) {
        DeadLetterSchema schema = schema();
        return new ConfigurerModule() {
            @Override
            public void configureModule(Configurer configurer) {
                configure(configurer, connectionProvider, schema, failures);
            }

            /**
             * Last, after Axon Spring Boot's {@code DeadLetterQueueProviderConfigurerModule}, whose provider (queues
             * only for {@code axon.eventhandling.processors.<name>.dlq.enabled}) would otherwise replace this one.
             */
            @Override
            public int order() {
                return Integer.MAX_VALUE;
            }
        };
    }

    private static void configure(Configurer configurer, ConnectionProvider connectionProvider,
                                  DeadLetterSchema schema, ProjectionFailures failures) {
        configurer.eventProcessing(processing -> processing
                .registerDeadLetterQueueProvider(group -> configuration ->
                        JdbcSequencedDeadLetterQueue.<EventMessage<?>>builder()
                                .processingGroup(group)
                                .connectionProvider(connectionProvider)
                                .transactionManager(configuration.getComponent(TransactionManager.class))
                                .schema(schema)
                                .genericSerializer(configuration.serializer())
                                .eventSerializer(configuration.eventSerializer())
                                .build())
                .registerDefaultDeadLetterPolicy(configuration -> new ConnectivityAwareEnqueuePolicy())
                .registerDefaultErrorHandler(configuration -> failures.recording(PropagatingErrorHandler.instance())));
    }
}
