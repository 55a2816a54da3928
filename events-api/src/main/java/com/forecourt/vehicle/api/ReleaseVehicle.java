package com.forecourt.vehicle.api;

import com.forecourt.common.TargetedCommand;

import java.util.Objects;
import java.util.UUID;

/** Gives up an order's hold on a car; harmless when the car is not reserved for that order. */
public record ReleaseVehicle(
        String vin,
        UUID orderId) implements TargetedCommand {

    /** Normalises the VIN; an order id is mandatory. */
    public ReleaseVehicle {
        vin = Vin.normalise(vin);
        Objects.requireNonNull(orderId, "orderId");
    }

    @Override
    public String targetId() {
        return vin;
    }
}
