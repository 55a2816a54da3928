package com.forecourt.order.command;

import com.forecourt.customer.api.CustomerRegistered;
import com.forecourt.vehicle.api.VehicleListed;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * Answers from the event store, the one source of truth on both deployments (the embedded JDBC store and Axon
 * Server): an aggregate exists when its stream starts with its creation event. The first event is read, not the
 * whole stream. A car or customer is never deleted, so a positive answer cannot turn false later.
 */
@Component
class EventStoreOrderReferences implements OrderReferences {

    private final EventStore events;

    EventStoreOrderReferences(EventStore events) {
        this.events = events;
    }

    @Override
    public boolean isListedVehicle(String vin) {
        return startsWith(vin, VehicleListed.class);
    }

    @Override
    public boolean isRegisteredCustomer(UUID customerId) {
        return startsWith(customerId.toString(), CustomerRegistered.class);
    }

    private boolean startsWith(String aggregateId, Class<?> creation) {
        DomainEventStream stream = events.readEvents(aggregateId);
        return stream.hasNext() && stream.peek().getPayloadType() == creation;
    }
}
