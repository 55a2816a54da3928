package com.forecourt.customer.query;

import com.forecourt.customer.api.Address;
import com.forecourt.order.api.OrderStatus;

import java.util.Map;
import java.util.UUID;

/**
 * A customer as staff see it.
 *
 * @param address     the delivery address; {@code line2} is null when there is none
 * @param orderCounts how many of the customer's orders are in each status
 */
public record CustomerView(UUID id, String name, String email, Address address, long creditLimitPence,
                           long availableCreditPence, Map<OrderStatus, Long> orderCounts) {
}
