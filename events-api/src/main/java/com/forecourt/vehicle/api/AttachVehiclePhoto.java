package com.forecourt.vehicle.api;

/**
 * Adds a photo, already in the photo store with its thumbnail, at the end of a car's gallery; attaching a photo the
 * car already has changes nothing.
 */
public record AttachVehiclePhoto(
        String vin,
        PhotoFile photo,
        PhotoFile thumbnail) implements VehicleCommand {

    /** Normalises the VIN so routing and storage always see one spelling. */
    public AttachVehiclePhoto {
        vin = Vin.normalise(vin);
    }
}
