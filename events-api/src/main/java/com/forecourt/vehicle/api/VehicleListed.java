package com.forecourt.vehicle.api;

import java.time.Instant;
import java.util.List;

/** A car was put on sale at the given price. */
public record VehicleListed(
        String vin,
        String make,
        String model,
        String variant,
        int year,
        int mileage,
        FuelType fuelType,
        Transmission transmission,
        String bodyType,
        String colour,
        long pricePence,
        String description,
        List<String> features,
        Instant listedAt) {

    /** Keeps the event immutable whatever list the producer passed in. */
    public VehicleListed {
        features = features == null ? List.of() : List.copyOf(features);
    }
}
