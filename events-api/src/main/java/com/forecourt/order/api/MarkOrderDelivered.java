package com.forecourt.order.api;

import java.util.Objects;
import java.util.UUID;

/** Records that a confirmed order's car was handed over. */
public record MarkOrderDelivered(UUID orderId) implements OrderCommand {

    /** An order id is mandatory. */
    public MarkOrderDelivered {
        Objects.requireNonNull(orderId, "orderId");
    }
}
