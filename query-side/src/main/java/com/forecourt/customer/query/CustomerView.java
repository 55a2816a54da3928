package com.forecourt.customer.query;

import com.forecourt.order.api.OrderStatus;

import java.util.Map;
import java.util.UUID;

/**
 * A customer as staff see it.
 *
 * @param address     one line: "line1, line2, town, postcode" (an empty second line is left out)
 * @param orderCounts how many of the customer's orders are in each status
 */
public record CustomerView(UUID id, String name, String email, String address, long creditLimitPence,
                           long availableCreditPence, Map<OrderStatus, Long> orderCounts) {
}
