package com.forecourt.order.api;

import com.forecourt.common.DomainEvent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The checkout held car, credit and slot, so the order is confirmed at this price and date. */
public record OrderConfirmed(
        UUID orderId,
        long pricePence,
        LocalDate deliveryDate,
        Instant confirmedAt) implements DomainEvent {
}
