package com.forecourt.delivery.command;

import com.forecourt.delivery.api.DeliveryDayOpened;
import com.forecourt.delivery.api.DeliverySlotBooked;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Object mother for delivery days in command-side tests. */
final class DeliveryDays {

    static final LocalDate DAY = LocalDate.parse("2026-12-01");
    static final UUID AN_ORDER = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    static final UUID ANOTHER_ORDER = UUID.fromString("00000000-0000-0000-0000-00000000000b");

    private DeliveryDays() {
    }

    static DeliveryDayOpened opened(int capacity, Instant at) {
        return new DeliveryDayOpened(DAY, capacity, at);
    }

    static DeliverySlotBooked booked(UUID orderId, Instant at) {
        return new DeliverySlotBooked(DAY, orderId, at);
    }
}
