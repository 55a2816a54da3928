package com.forecourt.delivery.api;

import com.forecourt.common.TargetedCommand;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** Frees an order's slot; harmless when the order holds none on that day. */
public record ReleaseDeliverySlot(
        LocalDate deliveryDate,
        UUID orderId) implements TargetedCommand {

    /** Delivery date and order id are mandatory. */
    public ReleaseDeliverySlot {
        Objects.requireNonNull(deliveryDate, "deliveryDate");
        Objects.requireNonNull(orderId, "orderId");
    }

    @Override
    public String targetId() {
        return deliveryDate.toString();
    }
}
