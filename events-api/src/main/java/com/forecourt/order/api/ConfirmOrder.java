package com.forecourt.order.api;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** Confirms a pending order at the reserved price and delivery date; sent by the checkout. */
public record ConfirmOrder(
        UUID orderId,
        long pricePence,
        LocalDate deliveryDate) implements OrderCommand {

    /** An order id is mandatory. */
    public ConfirmOrder {
        Objects.requireNonNull(orderId, "orderId");
    }
}
