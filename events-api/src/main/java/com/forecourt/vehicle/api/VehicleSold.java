package com.forecourt.vehicle.api;

import com.forecourt.common.DomainEvent;

import java.time.Instant;
import java.util.UUID;

/** The car reserved for an order was delivered and is sold at the reserved price. */
public record VehicleSold(
        String vin,
        UUID orderId,
        long pricePence,
        Instant soldAt) implements DomainEvent {
}
