package com.forecourt.customer.api;

import com.forecourt.common.TargetedCommand;

import java.util.Objects;
import java.util.UUID;

/** Sets how much a customer may have reserved and settled in total. */
public record ChangeCreditLimit(
        UUID customerId,
        long creditLimitPence) implements TargetedCommand {

    /** A customer id is mandatory. */
    public ChangeCreditLimit {
        Objects.requireNonNull(customerId, "customerId");
    }

    @Override
    public String targetId() {
        return customerId.toString();
    }
}
