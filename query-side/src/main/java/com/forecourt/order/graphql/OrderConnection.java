package com.forecourt.order.graphql;

import com.forecourt.order.query.OrderKey;
import com.forecourt.order.query.OrderPage;
import com.forecourt.order.query.OrderView;
import com.forecourt.queryside.graphql.Paging;

import java.util.List;

/** The GraphQL shape of a page of orders. */
record OrderConnection(List<Edge> edges, Paging.PageInfo pageInfo, long totalCount) {

    /** An order with the cursor that continues after it. */
    record Edge(OrderView node, String cursor) {
    }

    static OrderConnection of(OrderPage page) {
        List<Edge> edges = page.orders().stream()
                .map(order -> new Edge(order, OrderCursor.encode(new OrderKey(order.placedAt(), order.id()))))
                .toList();
        String endCursor = edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor();
        return new OrderConnection(edges, new Paging.PageInfo(page.hasNextPage(), endCursor), page.totalCount());
    }
}
