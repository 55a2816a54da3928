package com.forecourt.vehicle.api;

import com.forecourt.common.DomainEvent;
import com.forecourt.common.Nullable;
import com.forecourt.common.SchemaRevision;

import java.time.Instant;
import java.util.List;

/** A car was put on sale at the given price. */
@SchemaRevision(2)
public record VehicleListed(
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
        List<String> features,
        Instant listedAt) implements DomainEvent {

    /** Keeps the event immutable whatever list the producer passed in. */
    public VehicleListed {
        features = features == null ? List.of() : List.copyOf(features);
    }
}
