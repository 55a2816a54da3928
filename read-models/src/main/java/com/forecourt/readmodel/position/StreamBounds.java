package com.forecourt.readmodel.position;

import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;

/** The ends of the event stream as global positions, for the JDBC store and for Axon Server alike. */
public final class StreamBounds {

    private StreamBounds() {
    }

    /** The position just before the first event; -1 when the store tells nothing. */
    public static long tail(EventStore events) {
        TrackingToken tail = events.createTailToken();
        return tail == null ? -1 : tail.position().orElse(-1);
    }

    /** The position of the newest event; {@code tail} when the store is empty. */
    public static long head(EventStore events, long tail) {
        TrackingToken head = events.createHeadToken();
        return head == null ? tail : head.position().orElse(tail);
    }
}
