package com.forecourt.order.query;

import java.util.UUID;

/**
 * A subscription query on one order: the initial result is its {@link OrderView} (or null while unknown), and an
 * update follows every status change the order-details projection applies.
 */
public record WatchOrder(UUID orderId) {
}
