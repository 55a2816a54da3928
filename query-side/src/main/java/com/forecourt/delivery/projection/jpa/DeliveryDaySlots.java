package com.forecourt.delivery.projection.jpa;

import com.forecourt.readmodel.jpa.SequencedRow;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** One row per open delivery day. */
@Entity
@Table(name = "delivery_day")
class DeliveryDaySlots extends SequencedRow<LocalDate> {

    @Id
    private LocalDate deliveryDate;

    @Override
    public LocalDate getId() {
        return deliveryDate;
    }
    private int capacity;

    protected DeliveryDaySlots() {
        // for JPA
    }

    DeliveryDaySlots(LocalDate deliveryDate, int capacity, long sequence) {
        this.deliveryDate = deliveryDate;
        this.capacity = capacity;
        startAt(sequence);
    }

    /** Records that the event with this sequence number is applied; false when it was applied before. */
    boolean advance(long sequence) {
        if (!advanceTo(sequence)) {
            return false;
        }

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
