package com.forecourt.vehicle.api;


import java.util.Objects;
import java.util.UUID;

/** Records that the car reserved for an order was delivered to its buyer. */
public record MarkVehicleSold(
        String vin,
        UUID orderId) implements VehicleCommand {

    /** Normalises the VIN; an order id is mandatory. */
    public MarkVehicleSold {
        vin = Vin.normalise(vin);
        Objects.requireNonNull(orderId, "orderId");
    }
}
