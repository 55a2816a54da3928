package com.forecourt.order.query;

import java.util.List;

/**
 * The answer to {@link FindOrdersById}: the orders that exist, in no particular order; ids that match no order are
 * left out. A named record, not a bare list, so that the element type survives a serializing query bus (ADR 10).
 */
public record FoundOrders(List<OrderView> orders) {

    public FoundOrders {
        orders = orders == null ? List.of() : List.copyOf(orders);
    }
}
