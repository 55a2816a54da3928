package com.forecourt.vehicle.api;

import com.forecourt.common.DomainEvent;

import java.time.Instant;

/** A photo moved to a 0-based position in its car's gallery (0 is the cover); the others keep their order. */
public record VehiclePhotoMoved(
        String vin,
        String photoId,
        int position,
        Instant movedAt) implements DomainEvent {
}
