package com.forecourt.customer.api;

import com.forecourt.common.DomainEvent;
import com.forecourt.common.SchemaRevision;

import java.time.Instant;
import java.util.UUID;

/** A buyer registered with a credit limit. */
@SchemaRevision(2)
public record CustomerRegistered(
        UUID customerId,
        String name,
        String email,
        Address address,
        long creditLimitPence,
        Instant registeredAt) implements DomainEvent {
}
