package com.forecourt.order.api;

import java.util.Objects;
import java.util.UUID;

/** Rejects a pending order for a reason; sent by the checkout. */
public record RejectOrder(
        UUID orderId,
        RejectionReason reason) implements OrderCommand {

    /** An order id is mandatory. */
    public RejectOrder {
        Objects.requireNonNull(orderId, "orderId");
    }
}
