package com.forecourt.readmodel.deadletter;

import com.forecourt.platform.axon.ProcessorTuningProperties;
import com.forecourt.readmodel.processing.ProjectionFailures;
import com.forecourt.readmodel.processing.ProjectionIsolation;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.serialization.Serializer;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.DefaultTransactionDefinition;

import java.util.Set;
import java.util.TreeSet;

/**
 * Gives every event-handling processing group (the query side's projections; sagas have no dead-letter queue) a
 * {@link JdbcSequencedDeadLetterQueue} on the Flyway table {@code dead_letter_entry}, the
 * {@link ConnectivityAwareEnqueuePolicy}, and a propagating processor-level error handler, so that a batch that
 * fails because a store is down is retried with backoff instead of being skipped (and shows as ERROR, with its
 * cause, through {@link ProjectionFailures}). A batch that fails as it commits for any other reason is handled again one
 * event at a time ({@link ProjectionIsolation}), so the event at fault is dead-lettered like any other.
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

    /**
     * Without a cache, every event a projection handles first asks PostgreSQL whether its sequence (its aggregate)
     * has dead letters, one query per event and projection. Axon's sequence identifier cache answers "no" from memory
     * for sequences known to have none and still asks for the others, so it changes no outcome; it sits behind the
     * tuning switch with Forecourt's other tunings (docs/benchmarks.md).
     */
    static final int SEQUENCE_IDENTIFIER_CACHE_SIZE = 10_000;

    @Bean
    ConfigurerModule projectionDeadLetterQueues(ConnectionProvider connectionProvider, ProjectionFailures failures,
                                                ProjectionIsolation isolation,
                                                PlatformTransactionManager platformTransactions,
                                                ListableBeanFactory beans,
                                                ProcessorTuningProperties tuning) {
        boolean tuned = tuning.tuning().enabled();
        DeadLetterSchema schema = schema();
        return new ConfigurerModule() {
            @Override
            public void configureModule(Configurer configurer) {
                configure(configurer, connectionProvider, schema, failures, isolation);
                TransactionManager newTransactions = new SpringTransactionManager(platformTransactions,
                        new DefaultTransactionDefinition(TransactionDefinition.PROPAGATION_REQUIRES_NEW));
                processingGroups(beans).forEach(group -> configurer.eventProcessing().registerHandlerInterceptor(group,
                        configuration -> isolation.interceptor(group,
                                configuration.eventProcessingConfiguration().transactionManager(group),
                                newTransactions)));
                if (tuned) {
                    processingGroups(beans).forEach(group -> configurer.eventProcessing()
                            .registerDeadLetteringEventHandlerInvokerConfiguration(group, (configuration, builder) ->
                                    builder.enableSequenceIdentifierCache()
                                            .sequenceIdentifierCacheSize(SEQUENCE_IDENTIFIER_CACHE_SIZE)));
                }
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

    /** The processing groups of the event-handling beans, read from their annotations without creating them. */
    private static Set<String> processingGroups(ListableBeanFactory beans) {
        Set<String> groups = new TreeSet<>();
        for (String name : beans.getBeanNamesForAnnotation(ProcessingGroup.class)) {
            ProcessingGroup group = beans.findAnnotationOnBean(name, ProcessingGroup.class);
            if (group != null) {
                groups.add(group.value());
            }
        }
        return groups;
    }

    /**
     * The queue of one processing group in {@code dead_letter_entry}, joining the given transactions; also the queue
     * of a rebuild's processor ({@code <projection>@rebuild}), whose letters move to the projection at the hand-over.
     */
    public static JdbcSequencedDeadLetterQueue<EventMessage<?>> queue(String processingGroup,
                                                                      ConnectionProvider connectionProvider,
                                                                      TransactionManager transactionManager,
                                                                      Serializer genericSerializer,
                                                                      Serializer eventSerializer) {
        return JdbcSequencedDeadLetterQueue.<EventMessage<?>>builder()
                .processingGroup(processingGroup)
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .schema(schema())
                .genericSerializer(genericSerializer)
                .eventSerializer(eventSerializer)
                .build();
    }

    private static void configure(Configurer configurer, ConnectionProvider connectionProvider,
                                  DeadLetterSchema schema, ProjectionFailures failures,
                                  ProjectionIsolation isolation) {
        configurer.eventProcessing(processing -> processing
                .registerDeadLetterQueueProvider(group -> configuration -> queue(group, connectionProvider,
                        configuration.getComponent(TransactionManager.class), configuration.serializer(),
                        configuration.eventSerializer()))
                .registerDefaultDeadLetterPolicy(configuration -> new ConnectivityAwareEnqueuePolicy())
                .registerDefaultErrorHandler(configuration -> failures.recording(
                        isolation.remembering(PropagatingErrorHandler.instance()))));
    }
}
