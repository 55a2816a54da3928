package com.forecourt.vehicle.api;

import com.forecourt.common.TargetedCommand;

/** Sets a new asking price; a sold or withdrawn car keeps its last price. */
public record ChangeVehiclePrice(
        String vin,
        long pricePence) implements TargetedCommand {

    /** Normalises the VIN so routing and storage always see one spelling. */
    public ChangeVehiclePrice {
        vin = Vin.normalise(vin);
    }

    @Override
    public String targetId() {
        return vin;
    }
}
