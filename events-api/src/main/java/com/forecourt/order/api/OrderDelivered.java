package com.forecourt.order.api;

import com.forecourt.common.DomainEvent;

import java.time.Instant;
import java.util.UUID;

/** A confirmed order's car was handed over to the customer. */
public record OrderDelivered(
        UUID orderId,
        Instant deliveredAt) implements DomainEvent {
}
