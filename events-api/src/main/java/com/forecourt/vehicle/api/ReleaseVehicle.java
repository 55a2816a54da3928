package com.forecourt.vehicle.api;


import java.util.Objects;
import java.util.UUID;

/** Gives up an order's hold on a car; harmless when the car is not reserved for that order. */
public record ReleaseVehicle(
        String vin,
        UUID orderId) implements VehicleCommand {

    /** Normalises the VIN; an order id is mandatory. */
    public ReleaseVehicle {
        vin = Vin.normalise(vin);
        Objects.requireNonNull(orderId, "orderId");
    }
}
