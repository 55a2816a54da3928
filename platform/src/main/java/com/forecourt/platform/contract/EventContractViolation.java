package com.forecourt.platform.contract;

/**
 * An event about to be stored does not match its committed schema: a fault of the code that made it, never of a
 * client's input, so it is reported as a server fault and the event is not stored. The message names the event type,
 * revision and the schema's complaints (paths and rules, not values).
 */
public class EventContractViolation extends RuntimeException {

    public EventContractViolation(String message) {
        super(message);
    }
}
