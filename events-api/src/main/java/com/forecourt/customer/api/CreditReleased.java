package com.forecourt.customer.api;

import com.forecourt.common.DomainEvent;

import java.time.Instant;
import java.util.UUID;

/** An order's reserved credit is available again. */
public record CreditReleased(
        UUID customerId,
        UUID orderId,
        long amountPence,
        Instant releasedAt) implements DomainEvent {
}
