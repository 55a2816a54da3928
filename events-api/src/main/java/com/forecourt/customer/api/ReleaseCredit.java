package com.forecourt.customer.api;

import com.forecourt.common.TargetedCommand;

import java.util.Objects;
import java.util.UUID;

/** Gives an order's reserved credit back; harmless when nothing is reserved for that order. */
public record ReleaseCredit(
        UUID customerId,
        UUID orderId) implements TargetedCommand {

    /** Customer and order ids are mandatory. */
    public ReleaseCredit {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(orderId, "orderId");
    }

    @Override
    public String targetId() {
        return customerId.toString();
    }
}
