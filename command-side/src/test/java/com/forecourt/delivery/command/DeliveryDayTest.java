package com.forecourt.delivery.command;

import com.forecourt.common.ErrorCode;
import com.forecourt.delivery.api.BookDeliverySlot;
import com.forecourt.delivery.api.ChangeDeliveryCapacity;
import com.forecourt.delivery.api.DeliveryCapacityChanged;
import com.forecourt.delivery.api.DeliveryDayOpened;
import com.forecourt.delivery.api.DeliverySlotReleased;
import com.forecourt.delivery.api.DeliverySlotUnavailable;
import com.forecourt.delivery.api.OpenDeliveryDay;
import com.forecourt.delivery.api.ReleaseDeliverySlot;
import com.forecourt.platform.axon.TargetedCommandTargetResolver;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import static com.forecourt.delivery.command.DeliveryDays.ANOTHER_ORDER;
import static com.forecourt.delivery.command.DeliveryDays.AN_ORDER;
import static com.forecourt.delivery.command.DeliveryDays.DAY;
import static com.forecourt.delivery.command.DeliveryDays.booked;
import static com.forecourt.delivery.command.DeliveryDays.opened;
import static com.forecourt.testing.Rejections.rejectedWith;

class DeliveryDayTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:15:30Z");
    private static final Instant EARLIER = NOW.minus(1, ChronoUnit.HOURS);
    private static final LocalDate TODAY = LocalDate.parse("2026-11-23");

    private AggregateTestFixture<DeliveryDay> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(DeliveryDay.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
        fixture.registerInjectableResource(new DeliveryProperties(Period.ofYears(2)));
        fixture.registerCommandTargetResolver(new TargetedCommandTargetResolver());
    }

    @Test
    void canOpenADeliveryDay() {
        fixture.givenNoPriorActivity()
                .when(new OpenDeliveryDay(DAY, 5))
                .expectEvents(opened(5, NOW));
    }

    @Test
    void canOpenTheLastDayOfTheBookingHorizon() {
        fixture.givenNoPriorActivity()
                .when(new OpenDeliveryDay(TODAY.plusYears(2), 5))
                .expectEvents(new DeliveryDayOpened(TODAY.plusYears(2), 5, NOW));
    }

    @Test
    void cannotOpenADayBeyondTheBookingHorizon() {
        fixture.givenNoPriorActivity()
                .when(new OpenDeliveryDay(TODAY.plusYears(2).plusDays(1), 5))
                .expectException(rejectedWith(ErrorCode.BAD_USER_INPUT))
                .expectNoEvents();
    }

    @Test
    void canOpenToday() {
        fixture.givenNoPriorActivity()
                .when(new OpenDeliveryDay(TODAY, 5))
                .expectEvents(new DeliveryDayOpened(TODAY, 5, NOW));
    }

    @Test
    void canOpenTheSameDayAgainWithoutASecondEvent() {
        fixture.given(opened(5, EARLIER))
                .when(new OpenDeliveryDay(DAY, 5))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void cannotOpenAnOpenDayWithAnotherCapacity() {
        fixture.given(opened(5, EARLIER))
                .when(new OpenDeliveryDay(DAY, 6))
                .expectException(rejectedWith(ErrorCode.DELIVERY_DAY_ALREADY_OPENED))
                .expectNoEvents();
    }

    @Test
    void cannotOpenADayWithoutSlots() {
        fixture.givenNoPriorActivity()
                .when(new OpenDeliveryDay(DAY, 0))
                .expectException(rejectedWith(ErrorCode.BAD_USER_INPUT))
                .expectNoEvents();
    }

    @Test
    void cannotOpenADayInThePast() {
        fixture.givenNoPriorActivity()
                .when(new OpenDeliveryDay(TODAY.minusDays(1), 5))
                .expectException(rejectedWith(ErrorCode.BAD_USER_INPUT))
                .expectNoEvents();
    }

    @Test
    void canRaiseTheCapacity() {
        fixture.given(opened(5, EARLIER))
                .when(new ChangeDeliveryCapacity(DAY, 8))
                .expectEvents(new DeliveryCapacityChanged(DAY, 5, 8, NOW));
    }

    @Test
    void canLowerTheCapacityDownToWhatIsBooked() {
        fixture.given(opened(5, EARLIER), booked(AN_ORDER, EARLIER), booked(ANOTHER_ORDER, EARLIER))
                .when(new ChangeDeliveryCapacity(DAY, 2))
                .expectEvents(new DeliveryCapacityChanged(DAY, 5, 2, NOW));
    }

    @Test
    void cannotLowerTheCapacityBelowWhatIsBooked() {
        fixture.given(opened(5, EARLIER), booked(AN_ORDER, EARLIER), booked(ANOTHER_ORDER, EARLIER))
                .when(new ChangeDeliveryCapacity(DAY, 1))
                .expectException(rejectedWith(ErrorCode.DELIVERY_CAPACITY_BELOW_BOOKINGS))
                .expectNoEvents();
    }

    @Test
    void canChangeTheCapacityToTheSameCapacityWithoutAnEvent() {
        fixture.given(opened(5, EARLIER))
                .when(new ChangeDeliveryCapacity(DAY, 5))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void cannotChangeTheCapacityToANegativeNumber() {
        fixture.given(opened(5, EARLIER))
                .when(new ChangeDeliveryCapacity(DAY, -1))
                .expectException(rejectedWith(ErrorCode.BAD_USER_INPUT))
                .expectNoEvents();
    }

    @Test
    void canBookASlotOnADayWithRoom() {
        fixture.given(opened(2, EARLIER), booked(AN_ORDER, EARLIER))
                .when(new BookDeliverySlot(DAY, ANOTHER_ORDER))
                .expectEvents(booked(ANOTHER_ORDER, NOW));
    }

    @Test
    void canBookAgainForTheSameOrderWithoutASecondEvent() {
        fixture.given(opened(1, EARLIER), booked(AN_ORDER, EARLIER))
                .when(new BookDeliverySlot(DAY, AN_ORDER))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void cannotBookASlotOnAFullDay() {
        fixture.given(opened(1, EARLIER), booked(AN_ORDER, EARLIER))
                .when(new BookDeliverySlot(DAY, ANOTHER_ORDER))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new DeliverySlotUnavailable(DAY, ANOTHER_ORDER, NOW));
    }

    @Test
    void cannotBookASlotOnADayThatWasNeverOpened() {
        fixture.givenNoPriorActivity()
                .when(new BookDeliverySlot(DAY, AN_ORDER))
                .expectException(AggregateNotFoundException.class);
    }

    @Test
    void canBookASlotThatAReleaseFreed() {
        fixture.given(opened(1, EARLIER), booked(AN_ORDER, EARLIER), new DeliverySlotReleased(DAY, AN_ORDER, EARLIER))
                .when(new BookDeliverySlot(DAY, ANOTHER_ORDER))
                .expectEvents(booked(ANOTHER_ORDER, NOW));
    }

    @Test
    void canReleaseTheSlotOfAnOrder() {
        fixture.given(opened(1, EARLIER), booked(AN_ORDER, EARLIER))
                .when(new ReleaseDeliverySlot(DAY, AN_ORDER))
                .expectEvents(new DeliverySlotReleased(DAY, AN_ORDER, NOW));
    }

    @Test
    void canReleaseASlotAnOrderDoesNotHoldWithoutAnEvent() {
        fixture.given(opened(1, EARLIER), booked(AN_ORDER, EARLIER))
                .when(new ReleaseDeliverySlot(DAY, ANOTHER_ORDER))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }
}
