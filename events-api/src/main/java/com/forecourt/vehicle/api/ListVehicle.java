package com.forecourt.vehicle.api;

import com.forecourt.common.Nullable;

import java.util.List;

/** Puts a car on sale; re-sending the same listing is harmless, a different one under the same VIN is refused. */
public record ListVehicle(
        String vin,
        String make,
        String model,
        @Nullable String variant,
        int year,
        int mileage,
        FuelType fuelType,
        Transmission transmission,
        String bodyType,
        String colour,
        long pricePence,
        String description,
        List<String> features) implements VehicleCommand {

    /** Normalises the VIN so routing and storage always see one spelling; the handler validates the rest. */
    public ListVehicle {
        vin = Vin.normalise(vin);
        features = features == null ? List.of() : List.copyOf(features);
    }
}
