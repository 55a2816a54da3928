package com.forecourt.delivery.api;

import com.forecourt.common.DomainEvent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An order's slot on a day is free again. */
public record DeliverySlotReleased(
        LocalDate deliveryDate,
        UUID orderId,
        Instant releasedAt) implements DomainEvent {
}
