package com.forecourt.vehicle.api;


/** Replaces the free-text description of a car on sale. */
public record UpdateVehicleDescription(
        String vin,
        String description) implements VehicleCommand {

    /** Normalises the VIN so routing and storage always see one spelling. */
    public UpdateVehicleDescription {
        vin = Vin.normalise(vin);
    }
}
