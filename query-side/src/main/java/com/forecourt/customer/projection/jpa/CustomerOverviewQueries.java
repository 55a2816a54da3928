package com.forecourt.customer.projection.jpa;

import com.forecourt.customer.query.CustomerView;
import com.forecourt.customer.query.FindCustomer;
import com.forecourt.customer.query.FindCustomers;
import com.forecourt.customer.query.FoundCustomers;
import com.forecourt.order.api.OrderStatus;
import com.forecourt.readmodel.ReadModelQueries;
import com.forecourt.readmodel.jpa.ReadSnapshot;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Answers the customer queries from the customer-overview read model ({@link CustomerOverviewProjection}). */
@Component
@ReadModelQueries(CustomerOverviewProjection.NAME)
class CustomerOverviewQueries {

    private final CustomerOverviewRepository customers;
    private final CustomerOrderRepository orders;
    /** A customer's row and order counts are read in one snapshot. */
    private final ReadSnapshot snapshot;

    CustomerOverviewQueries(CustomerOverviewRepository customers, CustomerOrderRepository orders,
                            PlatformTransactionManager transactions) {
        this.customers = customers;
        this.orders = orders;
        this.snapshot = new ReadSnapshot(transactions);
    }

    @QueryHandler
    CustomerView handle(FindCustomer query) {
        List<CustomerView> found = snapshot.read(() -> views(List.of(query.customerId())));
        return found.isEmpty() ? null : found.get(0);
    }

    /** Two SQL queries for any number of customers. */
    @QueryHandler
    FoundCustomers handle(FindCustomers query) {
        return new FoundCustomers(snapshot.read(() -> views(query.customerIds())));
    }

    private List<CustomerView> views(List<UUID> ids) {
        List<CustomerOverview> rows = customers.findAllById(ids);
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, Map<OrderStatus, Long>> counts = new HashMap<>();
        orders.countByStatus(rows.stream().map(CustomerOverview::customerId).toList()).forEach(count ->
                counts.computeIfAbsent(count.getCustomerId(), id -> new EnumMap<>(OrderStatus.class))
                        .put(count.getStatus(), count.getOrders()));
        return rows.stream().map(row -> {
            Map<OrderStatus, Long> byStatus = new EnumMap<>(OrderStatus.class);
            for (OrderStatus status : OrderStatus.values()) {
                byStatus.put(status, counts.getOrDefault(row.customerId(), Map.of()).getOrDefault(status, 0L));
            }
            return new CustomerView(row.customerId(), row.name(), row.email(), row.address(),
                    row.creditLimitPence(), row.availableCreditPence(), byStatus);
        }).toList();
    }
}
