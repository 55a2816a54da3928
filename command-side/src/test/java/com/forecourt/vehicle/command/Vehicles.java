package com.forecourt.vehicle.command;

import com.forecourt.vehicle.api.FuelType;
import com.forecourt.vehicle.api.ListVehicle;
import com.forecourt.vehicle.api.Transmission;
import com.forecourt.vehicle.api.VehicleListed;

import java.time.Instant;
import java.util.List;

/** Object mother for cars in command-side tests. */
final class Vehicles {

    static final String GOLF_VIN = "WVWZZZ1KZAW000001";

    private Vehicles() {
    }

    static ListVehicle aGolf() {
        return aGolfWithVin(GOLF_VIN);
    }

    static ListVehicle aGolfWithVin(String vin) {
        return new ListVehicle(vin, "Volkswagen", "Golf", "1.5 TSI Life", 2021, 23_000, FuelType.PETROL,
                Transmission.MANUAL, "Hatchback", "Blue", 1_649_500L,
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

    static VehicleListed listed(ListVehicle c, Instant at) {
        return new VehicleListed(c.vin(), c.make(), c.model(), c.variant(), c.year(), c.mileage(), c.fuelType(),
                c.transmission(), c.bodyType(), c.colour(), c.pricePence(), c.description(), c.features(), at);
    }
}
