package com.forecourt.vehicle.api;

import com.forecourt.common.DomainEvent;

import java.time.Instant;

/** The description of a car on sale was replaced. */
public record VehicleDescriptionUpdated(
        String vin,
        String description,
        Instant updatedAt) implements DomainEvent {
}
