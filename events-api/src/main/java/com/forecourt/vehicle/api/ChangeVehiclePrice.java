package com.forecourt.vehicle.api;


/** Sets a new asking price; a sold or withdrawn car keeps its last price. */
public record ChangeVehiclePrice(
        String vin,
        long pricePence) implements VehicleCommand {

    /** Normalises the VIN so routing and storage always see one spelling. */
    public ChangeVehiclePrice {
        vin = Vin.normalise(vin);
    }
}
