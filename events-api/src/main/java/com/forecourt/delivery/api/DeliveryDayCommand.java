package com.forecourt.delivery.api;

import com.forecourt.common.ErrorCode;
import com.forecourt.common.TargetNotFound;
import com.forecourt.common.TargetedCommand;

import java.time.LocalDate;

/** A command for one delivery day, addressed by its date. */
@TargetNotFound(code = ErrorCode.DELIVERY_DAY_NOT_OPENED, message = "No delivery day was opened for ")
public interface DeliveryDayCommand extends TargetedCommand {

    /** The day's identifier. */
    LocalDate deliveryDate();

    @Override
    default String targetId() {
        return deliveryDate().toString();
    }
}
