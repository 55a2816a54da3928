package com.forecourt.vehicle.api;

import com.forecourt.common.TargetedCommand;

/**
 * A command for one car, addressed by its VIN: the command side checks the VIN's format before it loads the car, so
 * a malformed VIN is refused with {@code INVALID_VIN} instead of being looked up.
 */
public interface VehicleCommand extends TargetedCommand {

    /** The car's VIN, normalised by the command's constructor ({@link Vin#normalise}). */
    String vin();

    @Override
    default String targetId() {
        return vin();
    }
}
