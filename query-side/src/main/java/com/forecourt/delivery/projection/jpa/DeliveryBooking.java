package com.forecourt.delivery.projection.jpa;

import com.forecourt.readmodel.jpa.ReadModelRow;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An order booked on a delivery day. */
@Entity
@Table(name = "delivery_day_booking")
class DeliveryBooking extends ReadModelRow<String> {

    /** "date/orderId". */
    @Id
    private String id;

    @Override
    public String getId() {
        return id;
    }
    private LocalDate deliveryDate;
    private UUID orderId;
    private Instant bookedAt;

    protected DeliveryBooking() {
        // for JPA
    }

    DeliveryBooking(LocalDate deliveryDate, UUID orderId, Instant bookedAt) {
        this.id = key(deliveryDate, orderId);
        this.deliveryDate = deliveryDate;
        this.orderId = orderId;
        this.bookedAt = bookedAt;
    }

    static String key(LocalDate deliveryDate, UUID orderId) {
        return deliveryDate + "/" + orderId;
    }

    LocalDate deliveryDate() {
        return deliveryDate;
    }

    UUID orderId() {
        return orderId;
    }
}
