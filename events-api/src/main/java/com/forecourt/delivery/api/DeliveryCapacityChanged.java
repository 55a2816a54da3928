package com.forecourt.delivery.api;

import com.forecourt.common.DomainEvent;

import java.time.Instant;
import java.time.LocalDate;

/** The number of deliveries a day can take changed. */
public record DeliveryCapacityChanged(
        LocalDate deliveryDate,
        int previousCapacity,
        int capacity,
        Instant changedAt) implements DomainEvent {
}
