package com.forecourt.order.projection.search;

import com.forecourt.customer.api.CustomerRegistered;
import com.forecourt.order.api.OrderCancelled;
import com.forecourt.order.api.OrderConfirmed;
import com.forecourt.order.api.OrderDelivered;
import com.forecourt.order.api.OrderPlaced;
import com.forecourt.order.api.OrderRejected;
import com.forecourt.readmodel.elasticsearch.VersionedDocuments;
import com.forecourt.vehicle.api.VehicleListed;
import com.forecourt.vehicle.api.VehiclePriceChanged;
import com.forecourt.readmodel.ReadModel;
import com.forecourt.readmodel.Store;
import com.forecourt.readmodel.DocumentKey;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.stereotype.Component;

import java.util.function.UnaryOperator;

/**
 * Indexes one denormalised document per order for analysts: order fields plus the customer's name and e-mail and
 * the car's make, model, year and asking price at the time the order was placed. Documents are whole, externally
 * versioned by the event's global position (ADR 4); the lookups live in this projection's own PostgreSQL tables.
 * The group processes events in their global order, so a customer or car is always known before its orders.
 */
@Component
@ReadModel(processingGroup = OrderSearchProjection.NAME, store = Store.ELASTICSEARCH,
        tables = {"order_search_customer", "order_search_vehicle"}, indices = OrderDocument.INDEX,
        documentKey = DocumentKey.AGGREGATE_IDENTIFIER)
class OrderSearchProjection {

    static final String NAME = "order-search";
    private final VersionedDocuments documents;
    private final OrderSearchLookups lookups;

    OrderSearchProjection(VersionedDocuments documents, OrderSearchLookups lookups) {
        this.documents = documents;
        this.lookups = lookups;
    }

    @EventHandler
    void on(CustomerRegistered event) {
        lookups.customer(event.customerId(), event.name(), event.email());
    }

    @EventHandler
    void on(VehicleListed event, @SequenceNumber long sequence) {
        lookups.vehicle(event.vin(), event.make(), event.model(), event.year(), event.pricePence(), sequence);
    }

    @EventHandler
    void on(VehiclePriceChanged event, @SequenceNumber long sequence) {
        lookups.vehiclePrice(event.vin(), event.pricePence(), sequence);
    }

    @EventHandler
    void on(OrderPlaced event, TrackingToken token) {
        OrderDocument document = OrderDocument.placed(event, lookups.customer(event.customerId()),
                lookups.vehicle(event.vin()));
        // a repeated OrderPlaced carries a version not above the stored one and is refused as stale
        documents.put(OrderDocument.INDEX, document.orderId(), document, VersionedDocuments.position(token));
    }

    @EventHandler
    void on(OrderConfirmed event, TrackingToken token) {
        change(event.orderId().toString(), token,
                doc -> doc.confirmed(event.pricePence(), event.deliveryDate(), event.confirmedAt()));
    }

    @EventHandler
    void on(OrderRejected event, TrackingToken token) {
        String reason = event.reason() == null ? null : event.reason().name();
        change(event.orderId().toString(), token, doc -> doc.rejected(reason, event.rejectedAt()));
    }

    @EventHandler
    void on(OrderCancelled event, TrackingToken token) {
        change(event.orderId().toString(), token, doc -> doc.cancelled(event.reason(), event.cancelledAt()));
    }

    @EventHandler
    void on(OrderDelivered event, TrackingToken token) {
        change(event.orderId().toString(), token, doc -> doc.delivered(event.deliveredAt()));
    }

    private void change(String orderId, TrackingToken token, UnaryOperator<OrderDocument> change) {
        documents.update(OrderDocument.INDEX, orderId, OrderDocument.class, VersionedDocuments.position(token), change);
    }
}
