package com.forecourt.delivery.api;

import com.forecourt.common.DomainEvent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** No slot could be booked for an order because the day is full; a business outcome the checkout reacts to. */
public record DeliverySlotUnavailable(
        LocalDate deliveryDate,
        UUID orderId,
        Instant rejectedAt) implements DomainEvent {
}
