package com.forecourt.eventlog.projection.search;

import com.forecourt.common.DomainEvent;
import com.forecourt.readmodel.elasticsearch.VersionedDocuments;
import com.forecourt.readmodel.ReadModel;
import com.forecourt.readmodel.Store;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * Writes every domain event to the {@code domain-events} index: its id is the event's identifier and its external
 * version the event's global position, so a re-delivered event is refused as stale and the log never holds an
 * event twice.
 */
@Component
@ReadModel(processingGroup = EventLogProjection.NAME, store = Store.ELASTICSEARCH, indices = EventLogProjection.INDEX)
class EventLogProjection {

    static final String NAME = "event-log";
    /** The index, as declared: {@code elasticsearch/domain-events.json}. */
    static final String INDEX = "domain-events";

    private final VersionedDocuments documents;

    EventLogProjection(VersionedDocuments documents) {
        this.documents = documents;
    }

    @EventHandler
    void on(DomainEvent event, DomainEventMessage<?> message, TrackingToken token) {
        long position = VersionedDocuments.position(token);
        EventDocument document = new EventDocument(message.getIdentifier(), event.getClass().getSimpleName(),
                event.getClass().getName(), message.getType(), message.getAggregateIdentifier(),
                message.getSequenceNumber(), position, message.getTimestamp(), event);
        documents.put(INDEX, message.getIdentifier(), document, position);
    }

    /** One event as stored; the payload is the event as the serializer writes it. */
    record EventDocument(String eventId, String type, String payloadType, String aggregateType, String aggregateId,
                         long sequenceNumber, long globalPosition, Instant timestamp, Object payload) {
    }
}
