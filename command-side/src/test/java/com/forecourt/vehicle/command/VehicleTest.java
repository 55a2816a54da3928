package com.forecourt.vehicle.command;

import com.forecourt.common.ErrorCode;
import com.forecourt.platform.axon.TargetedCommandTargetResolver;
import com.forecourt.vehicle.api.ChangeVehiclePrice;
import com.forecourt.vehicle.api.MarkVehicleSold;
import com.forecourt.vehicle.api.ReleaseVehicle;
import com.forecourt.vehicle.api.ReserveVehicle;
import com.forecourt.vehicle.api.UpdateVehicleDescription;
import com.forecourt.vehicle.api.VehicleDescriptionUpdated;
import com.forecourt.vehicle.api.VehiclePriceChanged;
import com.forecourt.vehicle.api.VehicleReservationRejected;
import com.forecourt.vehicle.api.VehicleUnavailableReason;
import com.forecourt.vehicle.api.VehicleWithdrawn;
import com.forecourt.vehicle.api.WithdrawVehicle;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static com.forecourt.testing.Rejections.rejectedWith;
import static com.forecourt.vehicle.command.Vehicles.ANOTHER_ORDER;
import static com.forecourt.vehicle.command.Vehicles.AN_ORDER;
import static com.forecourt.vehicle.command.Vehicles.GOLF_PRICE;
import static com.forecourt.vehicle.command.Vehicles.GOLF_VIN;
import static com.forecourt.vehicle.command.Vehicles.aGolf;
import static com.forecourt.vehicle.command.Vehicles.aGolfWithVin;
import static com.forecourt.vehicle.command.Vehicles.golfListed;
import static com.forecourt.vehicle.command.Vehicles.golfReleased;
import static com.forecourt.vehicle.command.Vehicles.golfReserved;
import static com.forecourt.vehicle.command.Vehicles.golfReservedHistory;
import static com.forecourt.vehicle.command.Vehicles.golfSold;
import static com.forecourt.vehicle.command.Vehicles.golfSoldHistory;
import static com.forecourt.vehicle.command.Vehicles.golfWithdrawn;
import static com.forecourt.vehicle.command.Vehicles.listed;
import static com.forecourt.vehicle.command.Vehicles.withDescription;
import static com.forecourt.vehicle.command.Vehicles.withFeatures;
import static com.forecourt.vehicle.command.Vehicles.withMake;
import static com.forecourt.vehicle.command.Vehicles.withMileage;
import static com.forecourt.vehicle.command.Vehicles.withPrice;
import static com.forecourt.vehicle.command.Vehicles.withYear;

class VehicleTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:15:30Z");

    private static final Instant EARLIER = NOW.minus(1, ChronoUnit.HOURS);

    private AggregateTestFixture<Vehicle> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Vehicle.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
        fixture.registerCommandTargetResolver(new TargetedCommandTargetResolver());
    }

    @Test
    void canListAVehicle() {
        fixture.givenNoPriorActivity()
                .when(aGolf())
                .expectSuccessfulHandlerExecution()
                .expectEvents(listed(aGolf(), NOW));
    }

    @Test
    void canListAVehicleWhoseVinWasTypedInLowerCase() {
        fixture.givenNoPriorActivity()
                .when(aGolfWithVin(" wvwzzz1kzaw000001 "))
                .expectEvents(listed(aGolf(), NOW));
    }

    @Test
    void canResendTheSameListingWithoutASecondEvent() {
        fixture.given(listed(aGolf(), NOW.minusSeconds(60)))
                .when(aGolf())
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void cannotListADifferentCarUnderAListedVin() {
        fixture.given(listed(aGolf(), NOW.minusSeconds(60)))
                .when(withPrice(aGolf(), 999_00L))
                .expectException(rejectedWith(ErrorCode.VEHICLE_ALREADY_LISTED))
                .expectNoEvents();
    }

    @Test
    void cannotListAVehicleWithAVinContainingTheLetterO() {
        fixture.givenNoPriorActivity()
                .when(aGolfWithVin("WVWZZZ1KZAW00000O"))
                .expectException(rejectedWith(ErrorCode.INVALID_VIN))
                .expectNoEvents();
    }

    @Test
    void cannotListAVehicleWithAShortVin() {
        fixture.givenNoPriorActivity()
                .when(aGolfWithVin("WVWZZZ1KZAW"))
                .expectException(rejectedWith(ErrorCode.INVALID_VIN))
                .expectNoEvents();
    }

    @Test
    void cannotListAVehicleBuiltBefore1990() {
        fixture.givenNoPriorActivity()
                .when(withYear(aGolf(), 1989))
                .expectException(rejectedWith(ErrorCode.BAD_USER_INPUT))
                .expectNoEvents();
    }

    @Test
    void canListNextYearsModel() {
        fixture.givenNoPriorActivity()
                .when(withYear(aGolf(), 2027))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void cannotListAModelFromTheYearAfterNext() {
        fixture.givenNoPriorActivity()
                .when(withYear(aGolf(), 2028))
                .expectException(rejectedWith(ErrorCode.BAD_USER_INPUT))
                .expectNoEvents();
    }

    @Test
    void cannotListAVehicleWithNegativeMileage() {
        fixture.givenNoPriorActivity()
                .when(withMileage(aGolf(), -1))
                .expectException(rejectedWith(ErrorCode.BAD_USER_INPUT))
                .expectNoEvents();
    }

    @Test
    void cannotListAVehicleForFree() {
        fixture.givenNoPriorActivity()
                .when(withPrice(aGolf(), 0))
                .expectException(rejectedWith(ErrorCode.BAD_USER_INPUT))
                .expectNoEvents();
    }

    @Test
    void cannotListAVehicleWithADescriptionOver5000Characters() {
        fixture.givenNoPriorActivity()
                .when(withDescription(aGolf(), "x".repeat(5_001)))
                .expectException(rejectedWith(ErrorCode.BAD_USER_INPUT))
                .expectNoEvents();
    }

    @Test
    void cannotListAMakeWithAControlCharacter() {
        fixture.givenNoPriorActivity()
                .when(withMake(aGolf(), "Uni\u001Fsep"))
                .expectException(rejectedWith(ErrorCode.BAD_USER_INPUT))
                .expectNoEvents();
    }

    @Test
    void cannotListAFeatureWithALineBreak() {
        fixture.givenNoPriorActivity()
                .when(withFeatures(aGolf(), List.of("Heated\nseats")))
                .expectException(rejectedWith(ErrorCode.BAD_USER_INPUT))
                .expectNoEvents();
    }

    @Test
    void canListAVehicleWithItsTextInItsStoredSpelling() {
        fixture.givenNoPriorActivity()
                .when(withDescription(withMake(aGolf(), " Citroe\u0308n "), "One owner\r\nFull history\r\n"))
                .expectEvents(listed(withDescription(withMake(aGolf(), "Citro\u00ebn"), "One owner\nFull history"),
                        NOW));
    }

    @Test
    void canChangeThePriceOfAVehicleOnSale() {
        fixture.given(golfListed(EARLIER))
                .when(new ChangeVehiclePrice(GOLF_VIN, 1_599_500L))
                .expectEvents(new VehiclePriceChanged(GOLF_VIN, GOLF_PRICE, 1_599_500L, NOW));
    }

    @Test
    void canChangeThePriceToTheSamePriceWithoutAnEvent() {
        fixture.given(golfListed(EARLIER))
                .when(new ChangeVehiclePrice(GOLF_VIN, GOLF_PRICE))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void cannotChangeThePriceToZero() {
        fixture.given(golfListed(EARLIER))
                .when(new ChangeVehiclePrice(GOLF_VIN, 0))
                .expectException(rejectedWith(ErrorCode.BAD_USER_INPUT))
                .expectNoEvents();
    }

    @Test
    void cannotChangeThePriceOfASoldVehicle() {
        fixture.given(golfSoldHistory(AN_ORDER, EARLIER))
                .when(new ChangeVehiclePrice(GOLF_VIN, 1_599_500L))
                .expectException(rejectedWith(ErrorCode.VEHICLE_NOT_ON_SALE))
                .expectNoEvents();
    }

    @Test
    void cannotChangeThePriceOfAWithdrawnVehicle() {
        fixture.given(golfListed(EARLIER), golfWithdrawn(EARLIER))
                .when(new ChangeVehiclePrice(GOLF_VIN, 1_599_500L))
                .expectException(rejectedWith(ErrorCode.VEHICLE_NOT_ON_SALE))
                .expectNoEvents();
    }

    @Test
    void cannotChangeThePriceOfAVehicleThatWasNeverListed() {
        fixture.givenNoPriorActivity()
                .when(new ChangeVehiclePrice(GOLF_VIN, 1_599_500L))
                .expectException(AggregateNotFoundException.class);
    }

    @Test
    void canUpdateTheDescription() {
        fixture.given(golfListed(EARLIER))
                .when(new UpdateVehicleDescription(GOLF_VIN, "Two owners, new clutch."))
                .expectEvents(new VehicleDescriptionUpdated(GOLF_VIN, "Two owners, new clutch.", NOW));
    }

    @Test
    void canResendTheSameDescriptionWithoutAnEvent() {
        fixture.given(golfListed(EARLIER))
                .when(new UpdateVehicleDescription(GOLF_VIN, aGolf().description()))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void cannotUpdateTheDescriptionBeyond5000Characters() {
        fixture.given(golfListed(EARLIER))
                .when(new UpdateVehicleDescription(GOLF_VIN, "x".repeat(5_001)))
                .expectException(rejectedWith(ErrorCode.BAD_USER_INPUT))
                .expectNoEvents();
    }

    @Test
    void cannotUpdateTheDescriptionOfASoldVehicle() {
        fixture.given(golfSoldHistory(AN_ORDER, EARLIER))
                .when(new UpdateVehicleDescription(GOLF_VIN, "Two owners, new clutch."))
                .expectException(rejectedWith(ErrorCode.VEHICLE_NOT_ON_SALE))
                .expectNoEvents();
    }

    @Test
    void canWithdrawAnAvailableVehicle() {
        fixture.given(golfListed(EARLIER))
                .when(new WithdrawVehicle(GOLF_VIN, "  Failed its MOT "))
                .expectEvents(new VehicleWithdrawn(GOLF_VIN, "Failed its MOT", NOW));
    }

    @Test
    void canWithdrawAWithdrawnVehicleAgainWithoutAnEvent() {
        fixture.given(golfListed(EARLIER), golfWithdrawn(EARLIER))
                .when(new WithdrawVehicle(GOLF_VIN, "Failed its MOT"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void cannotWithdrawAVehicleWithoutAReason() {
        fixture.given(golfListed(EARLIER))
                .when(new WithdrawVehicle(GOLF_VIN, " "))
                .expectException(rejectedWith(ErrorCode.BAD_USER_INPUT))
                .expectNoEvents();
    }

    @Test
    void cannotWithdrawAReservedVehicle() {
        fixture.given(golfReservedHistory(AN_ORDER, EARLIER))
                .when(new WithdrawVehicle(GOLF_VIN, "Failed its MOT"))
                .expectException(rejectedWith(ErrorCode.VEHICLE_RESERVED))
                .expectNoEvents();
    }

    @Test
    void cannotWithdrawASoldVehicle() {
        fixture.given(golfSoldHistory(AN_ORDER, EARLIER))
                .when(new WithdrawVehicle(GOLF_VIN, "Failed its MOT"))
                .expectException(rejectedWith(ErrorCode.VEHICLE_NOT_ON_SALE))
                .expectNoEvents();
    }

    @Test
    void canReserveAnAvailableVehicleAtItsCurrentPrice() {
        fixture.given(golfListed(EARLIER), new VehiclePriceChanged(GOLF_VIN, GOLF_PRICE, 1_599_500L, EARLIER))
                .when(new ReserveVehicle(GOLF_VIN, AN_ORDER))
                .expectEvents(golfReserved(AN_ORDER, 1_599_500L, NOW));
    }

    @Test
    void canReserveAgainForTheSameOrderWithoutAnEvent() {
        fixture.given(golfReservedHistory(AN_ORDER, EARLIER))
                .when(new ReserveVehicle(GOLF_VIN, AN_ORDER))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void cannotReserveAVehicleReservedForAnotherOrder() {
        fixture.given(golfReservedHistory(AN_ORDER, EARLIER))
                .when(new ReserveVehicle(GOLF_VIN, ANOTHER_ORDER))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new VehicleReservationRejected(GOLF_VIN, ANOTHER_ORDER,
                        VehicleUnavailableReason.RESERVED_FOR_ANOTHER_ORDER, NOW));
    }

    @Test
    void cannotReserveASoldVehicle() {
        fixture.given(golfSoldHistory(AN_ORDER, EARLIER))
                .when(new ReserveVehicle(GOLF_VIN, ANOTHER_ORDER))
                .expectEvents(new VehicleReservationRejected(GOLF_VIN, ANOTHER_ORDER,
                        VehicleUnavailableReason.SOLD, NOW));
    }

    @Test
    void cannotReserveAWithdrawnVehicle() {
        fixture.given(golfListed(EARLIER), golfWithdrawn(EARLIER))
                .when(new ReserveVehicle(GOLF_VIN, AN_ORDER))
                .expectEvents(new VehicleReservationRejected(GOLF_VIN, AN_ORDER,
                        VehicleUnavailableReason.WITHDRAWN, NOW));
    }

    @Test
    void canReserveAVehicleAgainOnceItWasReleased() {
        fixture.given(golfListed(EARLIER), golfReserved(AN_ORDER, GOLF_PRICE, EARLIER), golfReleased(AN_ORDER, EARLIER))
                .when(new ReserveVehicle(GOLF_VIN, ANOTHER_ORDER))
                .expectEvents(golfReserved(ANOTHER_ORDER, GOLF_PRICE, NOW));
    }

    @Test
    void canReleaseTheReservationOfAnOrder() {
        fixture.given(golfReservedHistory(AN_ORDER, EARLIER))
                .when(new ReleaseVehicle(GOLF_VIN, AN_ORDER))
                .expectEvents(golfReleased(AN_ORDER, NOW));
    }

    @Test
    void canReleaseAVehicleNotReservedForTheOrderWithoutAnEvent() {
        fixture.given(golfReservedHistory(AN_ORDER, EARLIER))
                .when(new ReleaseVehicle(GOLF_VIN, ANOTHER_ORDER))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void canMarkAReservedVehicleSoldAtThePriceItWasReservedAt() {
        fixture.given(golfListed(EARLIER), golfReserved(AN_ORDER, GOLF_PRICE, EARLIER),
                        new VehiclePriceChanged(GOLF_VIN, GOLF_PRICE, 1_599_500L, EARLIER))
                .when(new MarkVehicleSold(GOLF_VIN, AN_ORDER))
                .expectEvents(golfSold(AN_ORDER, GOLF_PRICE, NOW));
    }

    @Test
    void canMarkAVehicleSoldTwiceForTheSameOrderWithoutASecondEvent() {
        fixture.given(golfSoldHistory(AN_ORDER, EARLIER))
                .when(new MarkVehicleSold(GOLF_VIN, AN_ORDER))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void cannotMarkAVehicleSoldForAnOrderItIsNotReservedFor() {
        fixture.given(golfReservedHistory(AN_ORDER, EARLIER))
                .when(new MarkVehicleSold(GOLF_VIN, ANOTHER_ORDER))
                .expectException(rejectedWith(ErrorCode.VEHICLE_NOT_RESERVED_FOR_ORDER))
                .expectNoEvents();
    }

    @Test
    void cannotMarkAnAvailableVehicleSold() {
        fixture.given(golfListed(EARLIER))
                .when(new MarkVehicleSold(GOLF_VIN, AN_ORDER))
                .expectException(rejectedWith(ErrorCode.VEHICLE_NOT_RESERVED_FOR_ORDER))
                .expectNoEvents();
    }
}
