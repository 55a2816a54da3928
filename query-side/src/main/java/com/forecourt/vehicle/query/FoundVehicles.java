package com.forecourt.vehicle.query;

import java.util.List;

/**
 * The answer to {@link FindVehicles}: the listed cars among the VINs asked for, in no particular order. A named
 * record, not a bare list, so that the element type survives a serializing query bus (ADR 10).
 */
public record FoundVehicles(List<VehicleView> vehicles) {

    public FoundVehicles {
        vehicles = vehicles == null ? List.of() : List.copyOf(vehicles);
    }
}
