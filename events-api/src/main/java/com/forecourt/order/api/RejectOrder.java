package com.forecourt.order.api;

import com.forecourt.common.TargetedCommand;

import java.util.Objects;
import java.util.UUID;

/** Rejects a pending order for a reason; sent by the checkout. */
public record RejectOrder(
        UUID orderId,
        RejectionReason reason) implements TargetedCommand {

    /** An order id is mandatory. */
    public RejectOrder {
        Objects.requireNonNull(orderId, "orderId");
    }

    @Override
    public String targetId() {
        return orderId.toString();
    }
}
