package com.forecourt.vehicle.api;

import com.forecourt.common.DomainEvent;

import java.time.Instant;
import java.util.UUID;

/** An order gave up its hold on a car, which is available again. */
public record VehicleReservationReleased(
        String vin,
        UUID orderId,
        Instant releasedAt) implements DomainEvent {
}
