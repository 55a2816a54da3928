package com.forecourt.vehicle.command;

import com.forecourt.vehicle.api.FuelType;
import com.forecourt.vehicle.api.ListVehicle;
import com.forecourt.vehicle.api.Transmission;
import com.forecourt.vehicle.api.VehicleListed;
import com.forecourt.vehicle.api.VehicleReservationReleased;
import com.forecourt.vehicle.api.VehicleReserved;
import com.forecourt.vehicle.api.VehicleSold;
import com.forecourt.vehicle.api.VehicleWithdrawn;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Object mother for cars in command-side tests. */
final class Vehicles {

    static final String GOLF_VIN = "WVWZZZ1KZAW000001";
    static final long GOLF_PRICE = 1_649_500L;
    static final UUID AN_ORDER = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    static final UUID ANOTHER_ORDER = UUID.fromString("00000000-0000-0000-0000-00000000000b");

    private Vehicles() {
    }

    static ListVehicle aGolf() {
        return aGolfWithVin(GOLF_VIN);
    }

    static ListVehicle aGolfWithVin(String vin) {
        return new ListVehicle(vin, "Volkswagen", "Golf", "1.5 TSI Life", 2021, 23_000, FuelType.PETROL,
                Transmission.MANUAL, "Hatchback", "Blue", GOLF_PRICE,
                "One owner, full service history.", List.of("Apple CarPlay", "Heated seats"));
    }

    static ListVehicle withYear(ListVehicle c, int year) {
        return new ListVehicle(c.vin(), c.make(), c.model(), c.variant(), year, c.mileage(), c.fuelType(),
                c.transmission(), c.bodyType(), c.colour(), c.pricePence(), c.description(), c.features());
    }

    static ListVehicle withPrice(ListVehicle c, long pricePence) {
        return new ListVehicle(c.vin(), c.make(), c.model(), c.variant(), c.year(), c.mileage(), c.fuelType(),
                c.transmission(), c.bodyType(), c.colour(), pricePence, c.description(), c.features());
    }

    static ListVehicle withMileage(ListVehicle c, int mileage) {
        return new ListVehicle(c.vin(), c.make(), c.model(), c.variant(), c.year(), mileage, c.fuelType(),
                c.transmission(), c.bodyType(), c.colour(), c.pricePence(), c.description(), c.features());
    }

    static ListVehicle withDescription(ListVehicle c, String description) {
        return new ListVehicle(c.vin(), c.make(), c.model(), c.variant(), c.year(), c.mileage(), c.fuelType(),
                c.transmission(), c.bodyType(), c.colour(), c.pricePence(), description, c.features());
    }

    static ListVehicle withMake(ListVehicle c, String make) {
        return new ListVehicle(c.vin(), make, c.model(), c.variant(), c.year(), c.mileage(), c.fuelType(),
                c.transmission(), c.bodyType(), c.colour(), c.pricePence(), c.description(), c.features());
    }

    static ListVehicle withFeatures(ListVehicle c, List<String> features) {
        return new ListVehicle(c.vin(), c.make(), c.model(), c.variant(), c.year(), c.mileage(), c.fuelType(),
                c.transmission(), c.bodyType(), c.colour(), c.pricePence(), c.description(), features);
    }

    static VehicleListed listed(ListVehicle c, Instant at) {
        return new VehicleListed(c.vin(), c.make(), c.model(), c.variant(), c.year(), c.mileage(), c.fuelType(),
                c.transmission(), c.bodyType(), c.colour(), c.pricePence(), c.description(), c.features(), at);
    }

    /** The Golf as listed, before anything else happened to it. */
    static VehicleListed golfListed(Instant at) {
        return listed(aGolf(), at);
    }

    static VehicleReserved golfReserved(UUID orderId, long pricePence, Instant at) {
        return new VehicleReserved(GOLF_VIN, orderId, pricePence, at);
    }

    static VehicleReservationReleased golfReleased(UUID orderId, Instant at) {
        return new VehicleReservationReleased(GOLF_VIN, orderId, at);
    }

    static VehicleSold golfSold(UUID orderId, long pricePence, Instant at) {
        return new VehicleSold(GOLF_VIN, orderId, pricePence, at);
    }

    static VehicleWithdrawn golfWithdrawn(Instant at) {
        return new VehicleWithdrawn(GOLF_VIN, "Failed its MOT", at);
    }

    /** The history of a Golf listed and reserved for an order at its listed price. */
    static List<Object> golfReservedHistory(UUID orderId, Instant at) {
        return List.of(golfListed(at), golfReserved(orderId, GOLF_PRICE, at));
    }

    /** The history of a Golf listed, reserved and sold to an order at its listed price. */
    static List<Object> golfSoldHistory(UUID orderId, Instant at) {
        return List.of(golfListed(at), golfReserved(orderId, GOLF_PRICE, at), golfSold(orderId, GOLF_PRICE, at));
    }
}
