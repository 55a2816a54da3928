package com.forecourt.customer.api;

import java.util.Objects;
import java.util.UUID;

/** Gives an order's reserved credit back; harmless when nothing is reserved for that order. */
public record ReleaseCredit(
        UUID customerId,
        UUID orderId) implements CustomerCommand {

    /** Customer and order ids are mandatory. */
    public ReleaseCredit {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(orderId, "orderId");
    }
}
