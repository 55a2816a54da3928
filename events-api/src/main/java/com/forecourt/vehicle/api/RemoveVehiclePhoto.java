package com.forecourt.vehicle.api;

/** Takes a photo out of a car's gallery; removing one the car does not have changes nothing. */
public record RemoveVehiclePhoto(
        String vin,
        String photoId) implements VehicleCommand {

    /** Normalises the VIN so routing and storage always see one spelling. */
    public RemoveVehiclePhoto {
        vin = Vin.normalise(vin);
    }
}
