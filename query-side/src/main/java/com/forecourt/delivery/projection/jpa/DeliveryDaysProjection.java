package com.forecourt.delivery.projection.jpa;

import com.forecourt.delivery.api.DeliveryCapacityChanged;
import com.forecourt.delivery.api.DeliveryDayOpened;
import com.forecourt.delivery.api.DeliverySlotBooked;
import com.forecourt.delivery.api.DeliverySlotReleased;
import com.forecourt.readmodel.ReadModel;
import com.forecourt.readmodel.Store;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

/** Builds the delivery schedule: capacity and bookings per day; repeated or older events are skipped by sequence. */
@Component
@ReadModel(processingGroup = DeliveryDaysProjection.NAME, store = Store.POSTGRESQL,
        tables = {"delivery_day", "delivery_day_booking"})
class DeliveryDaysProjection {

    static final String NAME = "delivery-days";

    private final DeliveryDayRepository days;
    private final DeliveryBookingRepository bookings;

    DeliveryDaysProjection(DeliveryDayRepository days, DeliveryBookingRepository bookings) {
        this.days = days;
        this.bookings = bookings;
    }

    @EventHandler
    void on(DeliveryDayOpened event, @SequenceNumber long sequence) {
        if (!days.existsById(event.deliveryDate())) {
            days.save(new DeliveryDaySlots(event.deliveryDate(), event.capacity(), sequence));
        }
    }

    @EventHandler
    void on(DeliveryCapacityChanged event, @SequenceNumber long sequence) {
        days.findById(event.deliveryDate()).filter(day -> day.advance(sequence)).ifPresent(day -> {
            day.capacity(event.capacity());
            days.save(day);
        });
    }

    @EventHandler
    void on(DeliverySlotBooked event, @SequenceNumber long sequence) {
        days.findById(event.deliveryDate()).filter(day -> day.advance(sequence)).ifPresent(day -> {
            days.save(day);
            bookings.save(new DeliveryBooking(event.deliveryDate(), event.orderId(), event.bookedAt()));
        });
    }

    @EventHandler
    void on(DeliverySlotReleased event, @SequenceNumber long sequence) {
        days.findById(event.deliveryDate()).filter(day -> day.advance(sequence)).ifPresent(day -> {
            days.save(day);
            bookings.deleteById(DeliveryBooking.key(event.deliveryDate(), event.orderId()));
        });
    }

    /** Two SQL queries for any range. */
}
