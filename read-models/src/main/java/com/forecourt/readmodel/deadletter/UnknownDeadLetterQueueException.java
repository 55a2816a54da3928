package com.forecourt.readmodel.deadletter;

/** No projection of this name has a dead-letter queue on this node. */
public class UnknownDeadLetterQueueException extends RuntimeException {

    public UnknownDeadLetterQueueException(String projection, Iterable<String> known) {
        super("No projection named '" + projection + "' with a dead-letter queue; known projections: "
                + String.join(", ", known));
    }
}
