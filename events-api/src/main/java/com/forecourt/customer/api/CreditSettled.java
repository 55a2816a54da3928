package com.forecourt.customer.api;

import com.forecourt.common.DomainEvent;

import java.time.Instant;
import java.util.UUID;

/** An order's reserved credit is spent because its car was delivered. */
public record CreditSettled(
        UUID customerId,
        UUID orderId,
        long amountPence,
        Instant settledAt) implements DomainEvent {
}
