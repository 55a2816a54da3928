package com.forecourt.delivery.api;

import com.forecourt.common.DomainEvent;

import java.time.Instant;
import java.time.LocalDate;

/** A day was opened for home deliveries. */
public record DeliveryDayOpened(
        LocalDate deliveryDate,
        int capacity,
        Instant openedAt) implements DomainEvent {
}
