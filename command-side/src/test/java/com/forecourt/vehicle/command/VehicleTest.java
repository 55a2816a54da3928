package com.forecourt.vehicle.command;

import com.forecourt.common.CommandRejectedException;
import com.forecourt.common.ErrorCode;
import com.forecourt.platform.axon.TargetedCommandTargetResolver;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static com.forecourt.vehicle.command.Vehicles.aGolf;
import static com.forecourt.vehicle.command.Vehicles.aGolfWithVin;
import static com.forecourt.vehicle.command.Vehicles.listed;
import static com.forecourt.vehicle.command.Vehicles.withDescription;
import static com.forecourt.vehicle.command.Vehicles.withMileage;
import static com.forecourt.vehicle.command.Vehicles.withPrice;
import static com.forecourt.vehicle.command.Vehicles.withYear;

class VehicleTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:15:30Z");

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

    static Matcher<Throwable> rejectedWith(ErrorCode code) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Throwable failure) {
                return failure instanceof CommandRejectedException rejected && rejected.code() == code;
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a command rejected with " + code);
            }
        };
    }
}
