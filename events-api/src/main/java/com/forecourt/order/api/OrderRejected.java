package com.forecourt.order.api;

import com.forecourt.common.DomainEvent;

import java.time.Instant;
import java.util.UUID;

/** The checkout could not complete, so the order is rejected for good. */
public record OrderRejected(
        UUID orderId,
        RejectionReason reason,
        Instant rejectedAt) implements DomainEvent {
}
