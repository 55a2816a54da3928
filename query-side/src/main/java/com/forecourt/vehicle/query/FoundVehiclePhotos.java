package com.forecourt.vehicle.query;

import java.util.List;

/**
 * The answer to {@link FindVehiclePhotos}: one gallery per VIN asked for, empty for a car without photos or not
 * listed. A named record, not a bare list, so that the element type survives a serializing query bus (ADR 10).
 */
public record FoundVehiclePhotos(List<VehiclePhotos> vehicles) {

    public FoundVehiclePhotos {
        vehicles = vehicles == null ? List.of() : List.copyOf(vehicles);
    }
}
