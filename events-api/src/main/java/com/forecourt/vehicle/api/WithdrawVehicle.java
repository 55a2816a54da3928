package com.forecourt.vehicle.api;

import com.forecourt.common.TargetedCommand;

/** Takes a car off sale for good; refused while it is reserved or after it is sold. */
public record WithdrawVehicle(
        String vin,
        String reason) implements TargetedCommand {

    /** Normalises the VIN so routing and storage always see one spelling. */
    public WithdrawVehicle {
        vin = Vin.normalise(vin);
    }

    @Override
    public String targetId() {
        return vin;
    }
}
