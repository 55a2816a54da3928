package com.forecourt.order.projection.jpa;

import com.forecourt.order.api.OrderStatus;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One row per order. */
@Entity
@Table(name = "order_details")
class OrderDetails {

    @Id
    private UUID orderId;
    private UUID customerId;
    private String vin;
    @Enumerated(EnumType.STRING)
    private OrderStatus status;
    private Long pricePence;
    private LocalDate deliveryDate;
    private String rejectionReason;
    private Instant placedAt;
    /** The aggregate sequence number of the last order event applied: older or repeated events are ignored. */
    private long lastSequence;

    protected OrderDetails() {
        // for JPA
    }

    OrderDetails(UUID orderId, UUID customerId, String vin, LocalDate deliveryDate, Instant placedAt, long sequence) {
        this.orderId = orderId;
        this.customerId = customerId;
        this.vin = vin;
        this.deliveryDate = deliveryDate;
        this.placedAt = placedAt;
        this.status = OrderStatus.PENDING;
        this.lastSequence = sequence;
    }

    /** Whether the event with this sequence number is new to this row. */
    boolean isNew(long sequence) {
        return sequence > lastSequence;
    }

    void confirmed(long price, LocalDate date, long sequence) {
        status = OrderStatus.CONFIRMED;
        pricePence = price;
        deliveryDate = date;
        lastSequence = sequence;
    }

    void rejected(String reason, long sequence) {
        status = OrderStatus.REJECTED;
        rejectionReason = reason;
        lastSequence = sequence;
    }

    void moved(OrderStatus newStatus, long sequence) {
        status = newStatus;
        lastSequence = sequence;
    }

    UUID orderId() {
        return orderId;
    }

    UUID customerId() {
        return customerId;
    }

    String vin() {
        return vin;
    }

    OrderStatus status() {
        return status;
    }

    Long pricePence() {
        return pricePence;
    }

    LocalDate deliveryDate() {
        return deliveryDate;
    }

    String rejectionReason() {
        return rejectionReason;
    }

    Instant placedAt() {
        return placedAt;
    }
}
