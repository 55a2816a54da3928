package com.forecourt.customer.api;

import com.forecourt.common.TargetedCommand;

import java.util.Objects;
import java.util.UUID;

/** Moves a customer to a new delivery address. */
public record ChangeCustomerAddress(
        UUID customerId,
        Address address) implements TargetedCommand {

    /** A customer id is mandatory. */
    public ChangeCustomerAddress {
        Objects.requireNonNull(customerId, "customerId");
    }

    @Override
    public String targetId() {
        return customerId.toString();
    }
}
