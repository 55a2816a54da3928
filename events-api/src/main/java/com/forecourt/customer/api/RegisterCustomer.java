package com.forecourt.customer.api;

import java.util.Objects;
import java.util.UUID;

/** Registers a buyer under a client-chosen id; re-sending the same registration is harmless. */
public record RegisterCustomer(
        UUID customerId,
        String name,
        String email,
        Address address,
        long creditLimitPence) implements CustomerCommand {

    /** A customer id is mandatory; the e-mail address loses surrounding blanks so that one address has one spelling. */
    public RegisterCustomer {
        Objects.requireNonNull(customerId, "customerId");
        email = email == null ? null : email.strip();
    }
}
