package com.forecourt.testing;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.RollbackConfigurationType;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;

/**
 * Delivers stored events to one processing group's handlers again, the way its processor does (same handlers, a
 * unit of work with a transaction, a tracked message carrying the event's global position), to prove that a
 * projector ignores repeated and older events (ADR 4).
 */
public final class Redelivery {

    private final EventStore events;
    private final EventProcessingConfiguration processing;
    private final TransactionManager transactions;
    private final JdbcTemplate jdbc;

    public Redelivery(EventStore events, EventProcessingConfiguration processing, TransactionManager transactions,
                      JdbcTemplate jdbc) {
        this.events = events;
        this.processing = processing;
        this.transactions = transactions;
        this.jdbc = jdbc;
    }

    /** Every stored event of one aggregate, in order, each tracked at its global position in the event store. */
    public List<TrackedEventMessage<?>> storedEvents(String aggregateId) {
        List<Long> positions = jdbc.queryForList("select global_index from domain_event_entry "
                + "where aggregate_identifier = ? order by sequence_number", Long.class, aggregateId);
        List<TrackedEventMessage<?>> tracked = new ArrayList<>();
        List<? extends DomainEventMessage<?>> stored = events.readEvents(aggregateId).asStream().toList();
        for (int i = 0; i < stored.size(); i++) {
            tracked.add(new GenericTrackedDomainEventMessage<>(new GlobalSequenceTrackingToken(positions.get(i)),
                    stored.get(i)));
        }
        return tracked;
    }

    /** Hands the messages, in this order and in one batch, to the handlers of a processing group. */
    public void deliver(String processingGroup, List<? extends EventMessage<?>> messages) {
        AbstractEventProcessor processor = processing.eventProcessorByProcessingGroup(processingGroup, AbstractEventProcessor.class)
                .orElseThrow(() -> new IllegalArgumentException("No processor " + processingGroup));
        DefaultUnitOfWork<EventMessage<?>> unitOfWork = DefaultUnitOfWork.startAndGet(messages.get(0));
        unitOfWork.attachTransaction(transactions);
        var result = unitOfWork.executeWithResult(() -> {
            for (EventMessage<?> message : messages) {
                if (processor.eventHandlerInvoker().canHandle(message, Segment.ROOT_SEGMENT)) {
                    processor.eventHandlerInvoker().handle(message, Segment.ROOT_SEGMENT);
                }
            }
            return null;
        }, RollbackConfigurationType.ANY_THROWABLE);
        if (result.isExceptional()) {
            throw new IllegalStateException("Redelivery to " + processingGroup + " failed", result.exceptionResult());
        }
    }
}
