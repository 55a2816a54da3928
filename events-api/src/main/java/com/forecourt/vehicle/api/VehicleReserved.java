package com.forecourt.vehicle.api;

import com.forecourt.common.DomainEvent;

import java.time.Instant;
import java.util.UUID;

/** A car is held for one order at the price it had at that moment. */
public record VehicleReserved(
        String vin,
        UUID orderId,
        long pricePence,
        Instant reservedAt) implements DomainEvent {
}
