package com.forecourt.bench.system;

import com.forecourt.order.api.OrderConfirmed;
import com.forecourt.order.api.OrderRejected;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Tells the checkout scenario when an order's saga has finished, without polling: a subscriber on the event store
 * sees every event as it is published in this JVM, and completes the order's future once the publishing transaction
 * has committed, i.e. when a client could first read the confirmation.
 */
public final class EventWatch {

    /** The end of a checkout: true when CONFIRMED, false when REJECTED. */
    private final ConcurrentMap<UUID, CompletableFuture<Boolean>> orders = new ConcurrentHashMap<>();
    private final Runnable unsubscribe;

    public EventWatch(EventStore eventStore) {
        this.unsubscribe = eventStore.subscribe(this::published)::cancel;
    }

    /** Registers interest before the order is placed, so the outcome cannot be missed. */
    public CompletableFuture<Boolean> outcomeOf(UUID orderId) {
        return orders.computeIfAbsent(orderId, id -> new CompletableFuture<>());
    }

    public void forget(UUID orderId) {
        orders.remove(orderId);
    }

    private void published(List<? extends EventMessage<?>> events) {
        for (EventMessage<?> event : events) {
            Object payload = event.getPayload();
            if (payload instanceof OrderConfirmed confirmed) {
                complete(confirmed.orderId(), true);
            } else if (payload instanceof OrderRejected rejected) {
                complete(rejected.orderId(), false);
            }
        }
    }

    private void complete(UUID orderId, boolean confirmed) {
        CompletableFuture<Boolean> outcome = orders.get(orderId);
        if (outcome == null) {
            return;
        }
        if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().root().afterCommit(unitOfWork -> outcome.complete(confirmed));
        } else {
            outcome.complete(confirmed);
        }
    }

    public void close() {
        unsubscribe.run();
    }
}
