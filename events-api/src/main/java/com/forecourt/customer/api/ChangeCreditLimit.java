package com.forecourt.customer.api;

import java.util.Objects;
import java.util.UUID;

/** Sets how much a customer may have reserved and settled in total. */
public record ChangeCreditLimit(
        UUID customerId,
        long creditLimitPence) implements CustomerCommand {

    /** A customer id is mandatory. */
    public ChangeCreditLimit {
        Objects.requireNonNull(customerId, "customerId");
    }
}
