package com.forecourt.delivery.api;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** Books one slot of a day for an order; sent by the checkout, repeating it for the same order is harmless. */
public record BookDeliverySlot(
        LocalDate deliveryDate,
        UUID orderId) implements DeliveryDayCommand {

    /** Delivery date and order id are mandatory. */
    public BookDeliverySlot {
        Objects.requireNonNull(deliveryDate, "deliveryDate");
        Objects.requireNonNull(orderId, "orderId");
    }
}
