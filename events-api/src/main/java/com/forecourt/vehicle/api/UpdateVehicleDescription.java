package com.forecourt.vehicle.api;

import com.forecourt.common.TargetedCommand;

/** Replaces the free-text description of a car on sale. */
public record UpdateVehicleDescription(
        String vin,
        String description) implements TargetedCommand {

    /** Normalises the VIN so routing and storage always see one spelling. */
    public UpdateVehicleDescription {
        vin = Vin.normalise(vin);
    }

    @Override
    public String targetId() {
        return vin;
    }
}
