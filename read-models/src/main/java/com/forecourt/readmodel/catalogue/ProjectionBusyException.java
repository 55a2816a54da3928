package com.forecourt.readmodel.catalogue;

/** A replay or rebuild of the projection is already running, or its processor cannot be reset right now. */
public class ProjectionBusyException extends RuntimeException {

    public ProjectionBusyException(String message) {
        super(message);
    }

    public ProjectionBusyException(String message, Throwable cause) {
        super(message, cause);
    }
}
