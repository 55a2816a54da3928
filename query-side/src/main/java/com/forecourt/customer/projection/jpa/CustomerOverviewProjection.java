package com.forecourt.customer.projection.jpa;

import com.forecourt.customer.api.CreditLimitChanged;
import com.forecourt.customer.api.CreditReleased;
import com.forecourt.customer.api.CreditReserved;
import com.forecourt.customer.api.CreditSettled;
import com.forecourt.customer.api.CustomerAddressChanged;
import com.forecourt.customer.api.CustomerRegistered;
import com.forecourt.order.api.OrderCancelled;
import com.forecourt.order.api.OrderConfirmed;
import com.forecourt.order.api.OrderDelivered;
import com.forecourt.order.api.OrderPlaced;
import com.forecourt.order.api.OrderRejected;
import com.forecourt.order.api.OrderStatus;
import com.forecourt.readmodel.ReadModel;
import com.forecourt.readmodel.Store;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

import java.util.UUID;
import java.util.function.Consumer;

/**
 * Builds the customer page: credit from the customer's events, order counts from this projection's own record of
 * order statuses (order events in the same processing group). Repeated or older events are skipped by sequence.
 */
@Component
@ReadModel(processingGroup = CustomerOverviewProjection.NAME, store = Store.POSTGRESQL,
        tables = {"customer_overview", "customer_overview_order"})
class CustomerOverviewProjection {

    static final String NAME = "customer-overview";

    private final CustomerOverviewRepository customers;
    private final CustomerOrderRepository orders;

    CustomerOverviewProjection(CustomerOverviewRepository customers, CustomerOrderRepository orders) {
        this.customers = customers;
        this.orders = orders;
    }

    @EventHandler
    void on(CustomerRegistered event, @SequenceNumber long sequence) {
        if (!customers.existsById(event.customerId())) {
            customers.save(CustomerOverview.registered(event, sequence));
        }
    }

    @EventHandler
    void on(CustomerAddressChanged event, @SequenceNumber long sequence) {
        change(event.customerId(), sequence, row -> row.address(event.address()));
    }

    @EventHandler
    void on(CreditLimitChanged event, @SequenceNumber long sequence) {
        change(event.customerId(), sequence, row -> row.creditLimit(event.creditLimitPence()));
    }

    @EventHandler
    void on(CreditReserved event, @SequenceNumber long sequence) {
        change(event.customerId(), sequence, row -> row.reserved(event.amountPence()));
    }

    @EventHandler
    void on(CreditReleased event, @SequenceNumber long sequence) {
        change(event.customerId(), sequence, row -> row.released(event.amountPence()));
    }

    @EventHandler
    void on(CreditSettled event, @SequenceNumber long sequence) {
        change(event.customerId(), sequence, row -> row.settled(event.amountPence()));
    }

    @EventHandler
    void on(OrderPlaced event, @SequenceNumber long sequence) {
        if (!orders.existsById(event.orderId())) {
            orders.save(new CustomerOrder(event.orderId(), event.customerId(), sequence));
        }
    }

    @EventHandler
    void on(OrderConfirmed event, @SequenceNumber long sequence) {
        order(event.orderId(), OrderStatus.CONFIRMED, sequence);
    }

    @EventHandler
    void on(OrderRejected event, @SequenceNumber long sequence) {
        order(event.orderId(), OrderStatus.REJECTED, sequence);
    }

    @EventHandler
    void on(OrderCancelled event, @SequenceNumber long sequence) {
        order(event.orderId(), OrderStatus.CANCELLED, sequence);
    }

    @EventHandler
    void on(OrderDelivered event, @SequenceNumber long sequence) {
        order(event.orderId(), OrderStatus.DELIVERED, sequence);
    }

    private void change(UUID customerId, long sequence, Consumer<CustomerOverview> change) {
        customers.findById(customerId).ifPresent(row -> {
            if (row.apply(sequence, change)) {
                customers.save(row);
            }
        });
    }

    private void order(UUID orderId, OrderStatus status, long sequence) {
        orders.findById(orderId).ifPresent(order -> {
            if (order.moved(status, sequence)) {
                orders.save(order);
            }
        });
    }
}
