package com.forecourt.customer.api;

import com.forecourt.common.DomainEvent;

import java.time.Instant;
import java.util.UUID;

/** A customer's credit limit changed. */
public record CreditLimitChanged(
        UUID customerId,
        long previousCreditLimitPence,
        long creditLimitPence,
        Instant changedAt) implements DomainEvent {
}
