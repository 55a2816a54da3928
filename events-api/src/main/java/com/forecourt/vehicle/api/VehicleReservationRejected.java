package com.forecourt.vehicle.api;

import com.forecourt.common.DomainEvent;

import java.time.Instant;
import java.util.UUID;

/** A car could not be held for an order; a business outcome the checkout reacts to. */
public record VehicleReservationRejected(
        String vin,
        UUID orderId,
        VehicleUnavailableReason reason,
        Instant rejectedAt) implements DomainEvent {
}
