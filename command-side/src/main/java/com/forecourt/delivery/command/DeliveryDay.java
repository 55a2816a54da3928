package com.forecourt.delivery.command;

import com.forecourt.common.CommandRejectedException;
import com.forecourt.common.ErrorCode;
import com.forecourt.delivery.api.BookDeliverySlot;
import com.forecourt.delivery.api.ChangeDeliveryCapacity;
import com.forecourt.delivery.api.DeliveryCapacityChanged;
import com.forecourt.delivery.api.DeliveryDayOpened;
import com.forecourt.delivery.api.DeliverySlotBooked;
import com.forecourt.delivery.api.DeliverySlotReleased;
import com.forecourt.delivery.api.DeliverySlotUnavailable;
import com.forecourt.delivery.api.OpenDeliveryDay;
import com.forecourt.delivery.api.ReleaseDeliverySlot;
import com.forecourt.platform.axon.CommandRoutingConfiguration;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One calendar day of home deliveries, identified by its date (the aggregate identifier is its ISO form).
 *
 * <p>A full day is recorded as {@link DeliverySlotUnavailable} rather than thrown, so the checkout saga reacts to it
 * like to any other outcome. A day that was never opened has no aggregate: booking on it fails with
 * {@code DELIVERY_DAY_NOT_OPENED}, which the saga also treats as no slot. Booking does not create the day
 * ({@code CREATE_IF_MISSING}) on purpose: every order for an unopened date would otherwise leave behind an event
 * stream for a day nobody opened, and {@code OpenDeliveryDay} would have to tell such ghosts from real days.
 */
@Aggregate(commandTargetResolver = CommandRoutingConfiguration.TARGET_RESOLVER)
class DeliveryDay {

    @AggregateIdentifier
    private LocalDate deliveryDate;
    private int capacity;
    private final Set<UUID> bookings = new HashSet<>();

    DeliveryDay() {
        // required by Axon to rebuild the aggregate from its events
    }

    /** Idempotent because the client names the day: opening it again with the same capacity changes nothing. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(OpenDeliveryDay command, Clock clock, DeliveryProperties delivery) {
        if (deliveryDate != null) {
            if (capacity == command.capacity()) {
                return;
            }
            throw new CommandRejectedException(ErrorCode.DELIVERY_DAY_ALREADY_OPENED,
                    "Delivery day " + deliveryDate + " is already open with " + capacity + " slots");
        }
        if (command.capacity() < 1) {
            throw new CommandRejectedException(ErrorCode.BAD_USER_INPUT, "capacity must be at least 1");
        }
        if (command.deliveryDate().isBefore(LocalDate.now(clock))) {
            throw new CommandRejectedException(ErrorCode.BAD_USER_INPUT,
                    "deliveryDate " + command.deliveryDate() + " is in the past");
        }
        if (command.deliveryDate().isAfter(delivery.lastBookableDate(clock))) {
            throw new CommandRejectedException(ErrorCode.BAD_USER_INPUT, "deliveryDate " + command.deliveryDate()
                    + " is beyond the booking horizon of " + delivery.bookingHorizon() + " from today");
        }
        apply(new DeliveryDayOpened(command.deliveryDate(), command.capacity(), clock.instant()));
    }

    /** Zero closes a day that has no bookings; booked deliveries are never dropped by shrinking the day. */
    @CommandHandler
    void handle(ChangeDeliveryCapacity command, Clock clock) {
        if (command.capacity() < 0) {
            throw new CommandRejectedException(ErrorCode.BAD_USER_INPUT, "capacity must not be negative");
        }
        if (command.capacity() < bookings.size()) {
            throw new CommandRejectedException(ErrorCode.DELIVERY_CAPACITY_BELOW_BOOKINGS,
                    "Delivery day " + deliveryDate + " already has " + bookings.size() + " bookings");
        }
        if (command.capacity() == capacity) {
            return;
        }
        apply(new DeliveryCapacityChanged(deliveryDate, capacity, command.capacity(), clock.instant()));
    }

    /** Booking again for the same order changes nothing, so the checkout may repeat the command safely. */
    @CommandHandler
    void handle(BookDeliverySlot command, Clock clock) {
        if (bookings.contains(command.orderId())) {
            return;
        }
        if (bookings.size() >= capacity) {
            apply(new DeliverySlotUnavailable(deliveryDate, command.orderId(), clock.instant()));
        } else {
            apply(new DeliverySlotBooked(deliveryDate, command.orderId(), clock.instant()));
        }
    }

    /** Compensation must be safe to repeat, so releasing a slot this order does not hold does nothing. */
    @CommandHandler
    void handle(ReleaseDeliverySlot command, Clock clock) {
        if (bookings.contains(command.orderId())) {
            apply(new DeliverySlotReleased(deliveryDate, command.orderId(), clock.instant()));
        }
    }

    @EventSourcingHandler
    void on(DeliveryDayOpened event) {
        this.deliveryDate = event.deliveryDate();
        this.capacity = event.capacity();
    }

    @EventSourcingHandler
    void on(DeliveryCapacityChanged event) {
        this.capacity = event.capacity();
    }

    @EventSourcingHandler
    void on(DeliverySlotBooked event) {
        bookings.add(event.orderId());
    }

    @EventSourcingHandler
    void on(DeliverySlotReleased event) {
        bookings.remove(event.orderId());
    }
}
