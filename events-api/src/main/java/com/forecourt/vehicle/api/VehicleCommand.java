package com.forecourt.vehicle.api;

import com.forecourt.common.ErrorCode;
import com.forecourt.common.TargetNotFound;
import com.forecourt.common.TargetedCommand;

/**
 * A command for one car, addressed by its VIN: the command side checks the VIN's format before it loads the car, so
 * a malformed VIN is refused with {@code INVALID_VIN} instead of being looked up.
 */
@TargetNotFound(code = ErrorCode.VEHICLE_NOT_FOUND, message = "No vehicle is listed under VIN ")
public interface VehicleCommand extends TargetedCommand {

    /** The car's VIN, normalised by the command's constructor ({@link Vin#normalise}). */
    String vin();

    @Override
    default String targetId() {
        return vin();
    }
}
