package com.forecourt.customer.api;

import java.util.Objects;
import java.util.UUID;

/** Holds credit for an order; sent by the checkout, repeating it for the same order is harmless. */
public record ReserveCredit(
        UUID customerId,
        UUID orderId,
        long amountPence) implements CustomerCommand {

    /** Customer and order ids are mandatory. */
    public ReserveCredit {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(orderId, "orderId");
    }
}
