package com.forecourt.delivery.api;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** Frees an order's slot; harmless when the order holds none on that day. */
public record ReleaseDeliverySlot(
        LocalDate deliveryDate,
        UUID orderId) implements DeliveryDayCommand {

    /** Delivery date and order id are mandatory. */
    public ReleaseDeliverySlot {
        Objects.requireNonNull(deliveryDate, "deliveryDate");
        Objects.requireNonNull(orderId, "orderId");
    }
}
