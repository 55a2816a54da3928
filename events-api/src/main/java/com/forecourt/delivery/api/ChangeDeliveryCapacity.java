package com.forecourt.delivery.api;

import java.time.LocalDate;
import java.util.Objects;

/** Changes how many deliveries a day can take; never below what is already booked. */
public record ChangeDeliveryCapacity(
        LocalDate deliveryDate,
        int capacity) implements DeliveryDayCommand {

    /** A delivery date is mandatory; it is the day's identifier. */
    public ChangeDeliveryCapacity {
        Objects.requireNonNull(deliveryDate, "deliveryDate");
    }
}
