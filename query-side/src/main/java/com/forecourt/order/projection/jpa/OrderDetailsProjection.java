package com.forecourt.order.projection.jpa;

import com.forecourt.customer.api.CustomerRegistered;
import com.forecourt.order.api.OrderCancelled;
import com.forecourt.order.api.OrderConfirmed;
import com.forecourt.order.api.OrderDelivered;
import com.forecourt.order.api.OrderPlaced;
import com.forecourt.order.api.OrderRejected;
import com.forecourt.order.api.OrderStatus;
import com.forecourt.order.query.WatchOrder;
import com.forecourt.vehicle.api.VehicleListed;
import com.forecourt.vehicle.api.VehiclePriceChanged;
import com.forecourt.readmodel.ReadModel;
import com.forecourt.readmodel.Store;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Builds the order screens' read model: one row per order, its status timeline, and its own small lookups of
 * customer names and car summaries (fed by those aggregates' events in this processing group, so the projection
 * can be rebuilt on its own). Every change of an order's status is pushed to {@link WatchOrder} subscribers once
 * the batch commits.
 */
@Component
@ReadModel(processingGroup = OrderDetailsProjection.NAME, store = Store.POSTGRESQL,
        tables = {"order_details", "order_details_timeline", "order_details_customer", "order_details_vehicle"})
class OrderDetailsProjection {

    static final String NAME = "order-details";

    private final OrderDetailsRepository orders;
    private final OrderTimelineRepository timeline;
    private final OrderCustomerRepository customers;
    private final OrderVehicleRepository vehicles;
    private final OrderDetailsQueries queries;
    private final QueryUpdateEmitter updates;

    OrderDetailsProjection(OrderDetailsRepository orders, OrderTimelineRepository timeline,
                           OrderCustomerRepository customers, OrderVehicleRepository vehicles,
                           OrderDetailsQueries queries, QueryUpdateEmitter updates) {
        this.orders = orders;
        this.timeline = timeline;
        this.customers = customers;
        this.vehicles = vehicles;
        this.queries = queries;
        this.updates = updates;
    }

    @EventHandler
    void on(OrderPlaced event, @SequenceNumber long sequence) {
        if (orders.existsById(event.orderId())) {
            return; // delivered before
        }
        OrderDetails row = new OrderDetails(event.orderId(), event.customerId(), event.vin(), event.deliveryDate(),
                event.placedAt(), sequence);
        orders.save(row);
        record(row, sequence, event.placedAt(), null);
    }

    @EventHandler
    void on(OrderConfirmed event, @SequenceNumber long sequence) {
        change(event.orderId(), sequence, event.confirmedAt(), null,
                row -> row.confirmed(event.pricePence(), event.deliveryDate(), sequence));
    }

    @EventHandler
    void on(OrderRejected event, @SequenceNumber long sequence) {
        String reason = event.reason() == null ? null : event.reason().name();
        change(event.orderId(), sequence, event.rejectedAt(), reason, row -> row.rejected(reason, sequence));
    }

    @EventHandler
    void on(OrderCancelled event, @SequenceNumber long sequence) {
        change(event.orderId(), sequence, event.cancelledAt(), event.reason(),
                row -> row.moved(OrderStatus.CANCELLED, sequence));
    }

    @EventHandler
    void on(OrderDelivered event, @SequenceNumber long sequence) {
        change(event.orderId(), sequence, event.deliveredAt(), null,
                row -> row.moved(OrderStatus.DELIVERED, sequence));
    }

    @EventHandler
    void on(CustomerRegistered event) {
        if (!customers.existsById(event.customerId())) {
            customers.save(new OrderCustomer(event.customerId(), event.name(), event.email()));
        }
    }

    @EventHandler
    void on(VehicleListed event, @SequenceNumber long sequence) {
        if (!vehicles.existsById(event.vin())) {
            vehicles.save(new OrderVehicle(event.vin(), event.make(), event.model(), event.year(),
                    event.pricePence(), sequence));
        }
    }

    @EventHandler
    void on(VehiclePriceChanged event, @SequenceNumber long sequence) {
        vehicles.findById(event.vin()).ifPresent(vehicle -> {
            if (vehicle.repriced(event.pricePence(), sequence)) {
                vehicles.save(vehicle);
            }
        });
    }

    private void change(UUID orderId, long sequence, Instant at, String detail, Consumer<OrderDetails> change) {
        orders.findById(orderId).filter(row -> row.isNew(sequence)).ifPresent(row -> {
            change.accept(row);
            orders.save(row);
            record(row, sequence, at, detail);
        });
    }

    private void record(OrderDetails row, long sequence, Instant at, String detail) {
        timeline.save(new OrderTimelineEntry(row.orderId(), sequence, row.status(), at, detail));
        timeline.flush();
        // sent after the batch commits (Axon defers emits inside a unit of work)
        updates.emit(WatchOrder.class, query -> query.orderId().equals(row.orderId()), queries.view(row));
    }
}
