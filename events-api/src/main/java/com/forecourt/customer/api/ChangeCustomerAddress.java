package com.forecourt.customer.api;

import java.util.Objects;
import java.util.UUID;

/** Moves a customer to a new delivery address. */
public record ChangeCustomerAddress(
        UUID customerId,
        Address address) implements CustomerCommand {

    /** A customer id is mandatory. */
    public ChangeCustomerAddress {
        Objects.requireNonNull(customerId, "customerId");
    }
}
