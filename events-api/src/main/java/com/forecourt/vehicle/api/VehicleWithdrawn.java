package com.forecourt.vehicle.api;

import com.forecourt.common.DomainEvent;

import java.time.Instant;

/** A car was taken off sale for good. */
public record VehicleWithdrawn(
        String vin,
        String reason,
        Instant withdrawnAt) implements DomainEvent {
}
