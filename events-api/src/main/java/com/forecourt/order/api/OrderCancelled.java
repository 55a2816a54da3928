package com.forecourt.order.api;

import com.forecourt.common.DomainEvent;

import java.time.Instant;
import java.util.UUID;

/** A pending or confirmed order was called off. */
public record OrderCancelled(
        UUID orderId,
        String reason,
        Instant cancelledAt) implements DomainEvent {
}
