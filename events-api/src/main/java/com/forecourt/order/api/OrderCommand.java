package com.forecourt.order.api;

import com.forecourt.common.ErrorCode;
import com.forecourt.common.TargetNotFound;
import com.forecourt.common.TargetedCommand;

import java.util.UUID;

/** A command for one order, addressed by the order id. */
@TargetNotFound(code = ErrorCode.ORDER_NOT_FOUND, message = "No order was placed under id ")
public interface OrderCommand extends TargetedCommand {

    /** The order's identifier. */
    UUID orderId();

    @Override
    default String targetId() {
        return orderId().toString();
    }
}
