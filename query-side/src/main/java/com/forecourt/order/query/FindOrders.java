package com.forecourt.order.query;

/**
 * Lists orders newest first; answered with an {@link OrderPage}. Keyset pagination: a page starts after a key, so
 * orders placed meanwhile never shift later pages.
 *
 * @param after the key of the last order of the previous page, or null for the first page
 */
public record FindOrders(OrderFilter filter, OrderKey after, int limit) {

    public FindOrders {
        filter = filter == null ? OrderFilter.none() : filter;
    }
}
