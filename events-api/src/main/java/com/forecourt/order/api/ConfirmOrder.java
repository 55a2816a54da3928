package com.forecourt.order.api;

import com.forecourt.common.TargetedCommand;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** Confirms a pending order at the reserved price and delivery date; sent by the checkout. */
public record ConfirmOrder(
        UUID orderId,
        long pricePence,
        LocalDate deliveryDate) implements TargetedCommand {

    /** An order id is mandatory. */
    public ConfirmOrder {
        Objects.requireNonNull(orderId, "orderId");
    }

    @Override
    public String targetId() {
        return orderId.toString();
    }
}
