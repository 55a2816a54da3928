package com.forecourt.customer.api;

import com.forecourt.common.ErrorCode;
import com.forecourt.common.TargetNotFound;
import com.forecourt.common.TargetedCommand;

import java.util.UUID;

/** A command for one customer, addressed by the customer id. */
@TargetNotFound(code = ErrorCode.CUSTOMER_NOT_FOUND, message = "No customer is registered under id ")
public interface CustomerCommand extends TargetedCommand {

    /** The customer's identifier. */
    UUID customerId();

    @Override
    default String targetId() {
        return customerId().toString();
    }
}
