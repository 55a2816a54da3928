package com.forecourt.readmodel.deadletter;

/**
 * A projection could not reach its store. Thrown instead of dead-lettering the event, so the processor's batch
 * fails, its token stays where it was and the processor retries the same events with backoff.
 */
public class StoreUnavailableException extends RuntimeException {

    public StoreUnavailableException(Throwable cause) {
        super("Store unavailable, event not dead-lettered; the processor will retry: " + cause, cause);
    }
}
