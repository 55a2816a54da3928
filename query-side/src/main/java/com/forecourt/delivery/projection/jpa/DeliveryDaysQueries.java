package com.forecourt.delivery.projection.jpa;

import com.forecourt.delivery.query.AvailableDeliveryDate;
import com.forecourt.delivery.query.AvailableDeliveryDates;
import com.forecourt.delivery.query.DeliveryDayView;
import com.forecourt.delivery.query.DeliverySchedule;
import com.forecourt.delivery.query.FindAvailableDeliveryDates;
import com.forecourt.delivery.query.FindDeliverySchedule;
import com.forecourt.readmodel.ReadModelQueries;
import com.forecourt.readmodel.jpa.ReadSnapshot;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Answers the delivery-schedule and available-dates queries from the delivery-days read model ({@link DeliveryDaysProjection}). */
@Component
@ReadModelQueries(DeliveryDaysProjection.NAME)
class DeliveryDaysQueries {

    private final DeliveryDayRepository days;
    private final DeliveryBookingRepository bookings;
    /** Days and their bookings are read in one snapshot, so free slots never go below what was booked. */
    private final ReadSnapshot snapshot;

    DeliveryDaysQueries(DeliveryDayRepository days, DeliveryBookingRepository bookings,
                        PlatformTransactionManager transactions) {
        this.days = days;
        this.bookings = bookings;
        this.snapshot = new ReadSnapshot(transactions);
    }

    /** Two SQL queries for any range; bookings are counted, never loaded, and no order id leaves. */
    @QueryHandler
    AvailableDeliveryDates handle(FindAvailableDeliveryDates query) {
        return snapshot.read(() -> available(query));
    }

    @QueryHandler
    DeliverySchedule handle(FindDeliverySchedule query) {
        return snapshot.read(() -> schedule(query));
    }

    private AvailableDeliveryDates available(FindAvailableDeliveryDates query) {
        Map<LocalDate, Long> booked = new HashMap<>();
        bookings.countByDay(query.from(), query.to()).forEach(row -> booked.put((LocalDate) row[0], (Long) row[1]));
        return new AvailableDeliveryDates(days.findByDeliveryDateBetweenOrderByDeliveryDate(query.from(), query.to())
                .stream()
                .map(day -> new AvailableDeliveryDate(day.deliveryDate(),
                        (int) Math.max(0, day.capacity() - booked.getOrDefault(day.deliveryDate(), 0L))))
                .filter(day -> day.freeSlots() > 0)
                .toList());
    }

    private DeliverySchedule schedule(FindDeliverySchedule query) {
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
