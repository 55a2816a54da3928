package com.forecourt.order.projection.jpa;

import com.forecourt.order.api.OrderStatus;
import com.forecourt.order.query.OrderStatusChange;
import com.forecourt.readmodel.jpa.ReadModelRow;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One status change of an order; keyed by order and the sequence number of the event that made it. */
@Entity
@Table(name = "order_details_timeline")
class OrderTimelineEntry extends ReadModelRow<String> {

    /** "orderId/sequence": one entry per order event, so a repeated event cannot add a second one. */
    @Id
    private String id;

    @Override
    public String getId() {
        return id;
    }
    private UUID orderId;
    private long sequence;
    @Enumerated(EnumType.STRING)
    private OrderStatus status;
    private Instant changedAt;
    private String detail;

    protected OrderTimelineEntry() {
        // for JPA
    }

    OrderTimelineEntry(UUID orderId, long sequence, OrderStatus status, Instant changedAt, String detail) {
        this.id = orderId + "/" + sequence;
        this.orderId = orderId;
        this.sequence = sequence;
        this.status = status;
        this.changedAt = changedAt;
        this.detail = detail;
    }

    UUID orderId() {
        return orderId;
    }

    OrderStatusChange toView() {
        return new OrderStatusChange(status, changedAt, detail);
    }
}
