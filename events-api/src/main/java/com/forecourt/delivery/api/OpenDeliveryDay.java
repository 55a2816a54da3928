package com.forecourt.delivery.api;

import java.time.LocalDate;
import java.util.Objects;

/** Opens a day for home deliveries with a number of slots; re-sending the same opening is harmless. */
public record OpenDeliveryDay(
        LocalDate deliveryDate,
        int capacity) implements DeliveryDayCommand {

    /** A delivery date is mandatory; it is the day's identifier. */
    public OpenDeliveryDay {
        Objects.requireNonNull(deliveryDate, "deliveryDate");
    }
}
