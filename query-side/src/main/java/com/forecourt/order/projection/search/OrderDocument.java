package com.forecourt.order.projection.search;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An order as stored in the {@code orders} index, with its customer and car as they were when it was placed;
 * field names match orders-v1.json.
 *
 * @param listPricePence       the car's asking price when the order was placed
 * @param pricePence           the price the car was reserved at, once confirmed
 * @param minutesToDelivery    minutes from placing to delivery, once delivered (precomputed: no scripts needed)
 */
record OrderDocument(String orderId, String status, String customerId, String customerName, String customerEmail,
                     String vin, String make, String model, Integer year, Long listPricePence, Long pricePence,
                     LocalDate deliveryDate, String rejectionReason, String cancellationReason, Instant placedAt,
                     Instant confirmedAt, Instant rejectedAt, Instant cancelledAt, Instant deliveredAt,
                     Long minutesToDelivery) {

    /** The index the documents live in, as the read model declares it ({@code elasticsearch/orders.json}). */
    static final String INDEX = "orders";


    OrderDocument confirmed(long price, LocalDate date, Instant at) {
        return new OrderDocument(orderId, "CONFIRMED", customerId, customerName, customerEmail, vin, make, model,
                year, listPricePence, price, date, rejectionReason, cancellationReason, placedAt, at, rejectedAt,
                cancelledAt, deliveredAt, minutesToDelivery);
    }

    OrderDocument rejected(String reason, Instant at) {
        return new OrderDocument(orderId, "REJECTED", customerId, customerName, customerEmail, vin, make, model,
                year, listPricePence, pricePence, deliveryDate, reason, cancellationReason, placedAt, confirmedAt, at,
                cancelledAt, deliveredAt, minutesToDelivery);
    }

    OrderDocument cancelled(String reason, Instant at) {
        return new OrderDocument(orderId, "CANCELLED", customerId, customerName, customerEmail, vin, make, model,
                year, listPricePence, pricePence, deliveryDate, rejectionReason, reason, placedAt, confirmedAt,
                rejectedAt, at, deliveredAt, minutesToDelivery);
    }

    OrderDocument delivered(Instant at) {
        return new OrderDocument(orderId, "DELIVERED", customerId, customerName, customerEmail, vin, make, model,
                year, listPricePence, pricePence, deliveryDate, rejectionReason, cancellationReason, placedAt,
                confirmedAt, rejectedAt, cancelledAt, at, Duration.between(placedAt, at).toMinutes());
    }
}
