package com.forecourt.order.api;

import java.util.Objects;
import java.util.UUID;

/** The customer or staff call off a pending or confirmed order. */
public record CancelOrder(
        UUID orderId,
        String reason) implements OrderCommand {

    /** An order id is mandatory. */
    public CancelOrder {
        Objects.requireNonNull(orderId, "orderId");
    }
}
