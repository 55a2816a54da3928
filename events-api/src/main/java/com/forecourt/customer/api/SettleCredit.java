package com.forecourt.customer.api;

import com.forecourt.common.TargetedCommand;

import java.util.Objects;
import java.util.UUID;

/** Turns an order's reserved credit into spent credit once the car is delivered. */
public record SettleCredit(
        UUID customerId,
        UUID orderId) implements TargetedCommand {

    /** Customer and order ids are mandatory. */
    public SettleCredit {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(orderId, "orderId");
    }

    @Override
    public String targetId() {
        return customerId.toString();
    }
}
