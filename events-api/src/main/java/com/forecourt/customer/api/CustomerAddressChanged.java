package com.forecourt.customer.api;

import com.forecourt.common.DomainEvent;
import com.forecourt.common.SchemaRevision;

import java.time.Instant;
import java.util.UUID;

/** A customer moved to a new delivery address. */
@SchemaRevision(2)
public record CustomerAddressChanged(
        UUID customerId,
        Address address,
        Instant changedAt) implements DomainEvent {
}
