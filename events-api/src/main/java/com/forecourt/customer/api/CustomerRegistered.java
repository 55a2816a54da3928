package com.forecourt.customer.api;

import com.forecourt.common.DomainEvent;

import java.time.Instant;
import java.util.UUID;

/** A buyer registered with a credit limit. */
public record CustomerRegistered(
        UUID customerId,
        String name,
        String email,
        Address address,
        long creditLimitPence,
        Instant registeredAt) implements DomainEvent {
}
