package com.forecourt.customer.api;

import com.forecourt.common.DomainEvent;

import java.time.Instant;
import java.util.UUID;

/** Credit could not be held for an order because too little is available; a business outcome the checkout reacts to. */
public record CreditLimitExceeded(
        UUID customerId,
        UUID orderId,
        long amountPence,
        long availableCreditPence,
        Instant rejectedAt) implements DomainEvent {
}
