package com.forecourt.vehicle.api;

import com.forecourt.common.DomainEvent;

import java.time.Instant;

/** A photo and its thumbnail, both in the photo store, were added at the end of a car's gallery. */
public record VehiclePhotoAttached(
        String vin,
        PhotoFile photo,
        PhotoFile thumbnail,
        Instant attachedAt) implements DomainEvent {
}
