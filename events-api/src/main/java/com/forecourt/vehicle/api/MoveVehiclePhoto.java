package com.forecourt.vehicle.api;

/** Moves one of a car's photos to a position in its gallery (0 makes it the cover), the others keeping their order. */
public record MoveVehiclePhoto(
        String vin,
        String photoId,
        int position) implements VehicleCommand {

    /** Normalises the VIN so routing and storage always see one spelling. */
    public MoveVehiclePhoto {
        vin = Vin.normalise(vin);
    }
}
