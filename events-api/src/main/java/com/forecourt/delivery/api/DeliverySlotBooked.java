package com.forecourt.delivery.api;

import com.forecourt.common.DomainEvent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One slot of a day is booked for an order. */
public record DeliverySlotBooked(
        LocalDate deliveryDate,
        UUID orderId,
        Instant bookedAt) implements DomainEvent {
}
