package com.forecourt.readmodel.status;

/**
 * What a projection's processor is doing. REBUILDING: a new version is being built beside the live one, which keeps
 * serving; REPLAYING: the live version is being replayed in place; ERROR: a batch failed and is retried.
 */
public enum ProjectionStatus {
    RUNNING,
    REPLAYING,
    REBUILDING,
    STOPPED,
    ERROR
}
