package com.forecourt.order.projection.jpa;

import com.forecourt.order.api.OrderStatus;
import com.forecourt.readmodel.jpa.SequencedRow;
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
class OrderDetails extends SequencedRow<UUID> {

    @Id
    private UUID orderId;

    @Override
    public UUID getId() {
        return orderId;
    }
    private UUID customerId;
    private String vin;
    @Enumerated(EnumType.STRING)
    private OrderStatus status;
    private Long pricePence;
    private LocalDate deliveryDate;
    private String rejectionReason;
    private Instant placedAt;

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
        startAt(sequence);
    }

    void confirmed(long price, LocalDate date, long sequence) {
        status = OrderStatus.CONFIRMED;
        pricePence = price;
        deliveryDate = date;
        advanceTo(sequence);
    }

    void rejected(String reason, long sequence) {
        status = OrderStatus.REJECTED;
        rejectionReason = reason;
        advanceTo(sequence);
    }

    void moved(OrderStatus newStatus, long sequence) {
        status = newStatus;
        advanceTo(sequence);
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
