package com.forecourt.delivery.projection.jpa;

import com.forecourt.delivery.api.DeliveryCapacityChanged;
import com.forecourt.delivery.api.DeliveryDayOpened;
import com.forecourt.delivery.api.DeliverySlotBooked;
import com.forecourt.delivery.api.DeliverySlotReleased;
import com.forecourt.delivery.query.AvailableDeliveryDate;
import com.forecourt.delivery.query.AvailableDeliveryDates;
import com.forecourt.delivery.query.DeliveryDayView;
import com.forecourt.delivery.query.FindAvailableDeliveryDates;
import com.forecourt.delivery.query.DeliverySchedule;
import com.forecourt.delivery.query.FindDeliverySchedule;
import com.forecourt.queryside.readmodel.ReadModel;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Builds the delivery schedule: capacity and bookings per day; repeated or older events are skipped by sequence. */
@Component
@ReadModel(tables = {"delivery_day", "delivery_day_booking"})
@ProcessingGroup(DeliveryDaysProjection.NAME)
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

    /** Two SQL queries for any range; bookings are counted, never loaded, and no order id leaves. */
    @QueryHandler
    AvailableDeliveryDates handle(FindAvailableDeliveryDates query) {
        Map<LocalDate, Long> booked = new HashMap<>();
        bookings.countByDay(query.from(), query.to()).forEach(row -> booked.put((LocalDate) row[0], (Long) row[1]));
        return new AvailableDeliveryDates(days.findByDeliveryDateBetweenOrderByDeliveryDate(query.from(), query.to())
                .stream()
                .map(day -> new AvailableDeliveryDate(day.deliveryDate(),
                        (int) Math.max(0, day.capacity() - booked.getOrDefault(day.deliveryDate(), 0L))))
                .filter(day -> day.freeSlots() > 0)
                .toList());
    }

    /** Two SQL queries for any range. */
    @QueryHandler
    DeliverySchedule handle(FindDeliverySchedule query) {
        Map<LocalDate, List<UUID>> booked = new HashMap<>();
        bookings.findByDeliveryDateBetweenOrderByBookedAt(query.from(), query.to()).forEach(booking ->
                booked.computeIfAbsent(booking.deliveryDate(), d -> new ArrayList<>()).add(booking.orderId()));
        return new DeliverySchedule(days.findByDeliveryDateBetweenOrderByDeliveryDate(query.from(), query.to()).stream()
                .map(day -> {
                    List<UUID> orders = List.copyOf(booked.getOrDefault(day.deliveryDate(), List.of()));
                    return new DeliveryDayView(day.deliveryDate(), day.capacity(), orders.size(), orders);
                })
                .toList());
    }
}
