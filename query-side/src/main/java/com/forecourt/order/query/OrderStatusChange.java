package com.forecourt.order.query;

import com.forecourt.order.api.OrderStatus;

import java.time.Instant;

/** One step in an order's life: the status it entered, when, and why (reason of a rejection or cancellation). */
public record OrderStatusChange(OrderStatus status, Instant at, String detail) {
}
