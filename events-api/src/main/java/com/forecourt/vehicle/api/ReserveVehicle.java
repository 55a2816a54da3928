package com.forecourt.vehicle.api;


import java.util.Objects;
import java.util.UUID;

/** Holds an available car for one order; sent by the checkout, repeating it for the same order is harmless. */
public record ReserveVehicle(
        String vin,
        UUID orderId) implements VehicleCommand {

    /** Normalises the VIN; an order id is mandatory. */
    public ReserveVehicle {
        vin = Vin.normalise(vin);
        Objects.requireNonNull(orderId, "orderId");
    }
}
