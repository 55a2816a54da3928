package com.forecourt.order.query;

import java.util.List;
import java.util.UUID;

/** Asks for many orders at once (batch loading); answered with {@link FoundOrders}: the {@link OrderView}s that exist, in any order. */
public record FindOrdersById(List<UUID> orderIds) {
}
