package com.forecourt.order.api;

import com.forecourt.common.DomainEvent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A customer placed an order for a car; its checkout is pending. */
public record OrderPlaced(
        UUID orderId,
        UUID customerId,
        String vin,
        LocalDate deliveryDate,
        Instant placedAt) implements DomainEvent {
}
