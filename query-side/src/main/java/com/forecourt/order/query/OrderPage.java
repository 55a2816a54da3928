package com.forecourt.order.query;

import java.util.List;

/** One page of orders, the number of all matching orders, and whether more follow. */
public record OrderPage(List<OrderView> orders, long totalCount, boolean hasNextPage) {
}
