package com.forecourt.delivery.projection.jpa;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** One row per open delivery day. */
@Entity
@Table(name = "delivery_day")
class DeliveryDaySlots {

    @Id
    private LocalDate deliveryDate;
    private int capacity;
    /** The aggregate sequence number of the last event of this day applied: older or repeated events are ignored. */
    private long lastSequence;

    protected DeliveryDaySlots() {
        // for JPA
    }

    DeliveryDaySlots(LocalDate deliveryDate, int capacity, long sequence) {
        this.deliveryDate = deliveryDate;
        this.capacity = capacity;
        this.lastSequence = sequence;
    }

    /** Records that the event with this sequence number is applied; false when it was applied before. */
    boolean advance(long sequence) {
        if (sequence <= lastSequence) {
            return false;
        }
        lastSequence = sequence;
        return true;
    }

    void capacity(int newCapacity) {
        capacity = newCapacity;
    }

    LocalDate deliveryDate() {
        return deliveryDate;
    }

    int capacity() {
        return capacity;
    }
}
