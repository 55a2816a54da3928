package com.forecourt.vehicle.api;

import com.forecourt.common.DomainEvent;

import java.time.Instant;

/** The asking price of a car on sale changed. */
public record VehiclePriceChanged(
        String vin,
        long previousPricePence,
        long pricePence,
        Instant changedAt) implements DomainEvent {
}
