package com.forecourt.vehicle.api;


/** Takes a car off sale for good; refused while it is reserved or after it is sold. */
public record WithdrawVehicle(
        String vin,
        String reason) implements VehicleCommand {

    /** Normalises the VIN so routing and storage always see one spelling. */
    public WithdrawVehicle {
        vin = Vin.normalise(vin);
    }
}
