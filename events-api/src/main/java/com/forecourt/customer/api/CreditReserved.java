package com.forecourt.customer.api;

import com.forecourt.common.DomainEvent;

import java.time.Instant;
import java.util.UUID;

/** Credit is held for an order. */
public record CreditReserved(
        UUID customerId,
        UUID orderId,
        long amountPence,
        Instant reservedAt) implements DomainEvent {
}
