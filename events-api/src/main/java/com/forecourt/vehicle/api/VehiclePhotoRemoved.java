package com.forecourt.vehicle.api;

import com.forecourt.common.DomainEvent;

import java.time.Instant;

/** A photo was taken out of a car's gallery; the others keep their order. */
public record VehiclePhotoRemoved(
        String vin,
        String photoId,
        Instant removedAt) implements DomainEvent {
}
