package com.forecourt.order.query;

import com.forecourt.order.api.OrderStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An order as the order screens see it, with a summary of its customer and car as the order-details projection
 * knows them (null until that projection has seen the customer or car).
 *
 * @param pricePence the price the car was reserved at, once confirmed
 */
public record OrderView(UUID id, OrderStatus status, UUID customerId, String vin, Long pricePence,
                        LocalDate deliveryDate, String rejectionReason, Instant placedAt,
                        List<OrderStatusChange> timeline, String customerName, String customerEmail,
                        String vehicleMake, String vehicleModel, Integer vehicleYear, Long vehiclePricePence) {

    /** Whether no further status can follow. */
    public boolean isFinal() {
        return status == OrderStatus.DELIVERED || status == OrderStatus.REJECTED || status == OrderStatus.CANCELLED;
    }
}
