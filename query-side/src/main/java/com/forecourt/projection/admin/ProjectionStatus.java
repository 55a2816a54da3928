package com.forecourt.projection.admin;

/**
 * What a projection's processor is doing. REBUILDING (a new version built beside the live one) is part of the
 * contract but not produced yet: zero-downtime rebuilds are not built.
 */
public enum ProjectionStatus {
    RUNNING,
    REPLAYING,
    REBUILDING,
    STOPPED,
    ERROR
}
