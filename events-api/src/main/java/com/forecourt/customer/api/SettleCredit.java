package com.forecourt.customer.api;

import java.util.Objects;
import java.util.UUID;

/** Turns an order's reserved credit into spent credit once the car is delivered. */
public record SettleCredit(
        UUID customerId,
        UUID orderId) implements CustomerCommand {

    /** Customer and order ids are mandatory. */
    public SettleCredit {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(orderId, "orderId");
    }
}
