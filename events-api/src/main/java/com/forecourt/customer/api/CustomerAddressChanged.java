package com.forecourt.customer.api;

import com.forecourt.common.DomainEvent;

import java.time.Instant;
import java.util.UUID;

/** A customer moved to a new delivery address. */
public record CustomerAddressChanged(
        UUID customerId,
        Address address,
        Instant changedAt) implements DomainEvent {
}
