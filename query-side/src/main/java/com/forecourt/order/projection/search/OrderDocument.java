package com.forecourt.order.projection.search;

import com.forecourt.order.api.OrderPlaced;
import com.forecourt.order.projection.search.OrderSearchLookups.CustomerLookup;
import com.forecourt.order.projection.search.OrderSearchLookups.VehicleLookup;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * An order as stored in the {@code orders} index, with its customer and car as they were when it was placed; the
 * components are the index's fields (elasticsearch/orders.json), so the record stays flat. It is created by
 * {@link #placed} and changed only through {@link #toBuilder()}, never positionally.
 *
 * @param listPricePence    the car's asking price when the order was placed
 * @param pricePence        the price the car was reserved at, once confirmed
 * @param minutesToDelivery minutes from placing to delivery, once delivered (precomputed: no scripts needed)
 */
record OrderDocument(String orderId, String status, String customerId, String customerName, String customerEmail,
                     String vin, String make, String model, Integer year, Long listPricePence, Long pricePence,
                     LocalDate deliveryDate, String rejectionReason, String cancellationReason, Instant placedAt,
                     Instant confirmedAt, Instant rejectedAt, Instant cancelledAt, Instant deliveredAt,
                     Long minutesToDelivery) {

    /** The index the documents live in, as the read model declares it ({@code elasticsearch/orders.json}). */
    static final String INDEX = "orders";

    /** A PENDING order with the customer and car as the lookups know them (absent ones leave their fields null). */
    static OrderDocument placed(OrderPlaced event, Optional<CustomerLookup> customer, Optional<VehicleLookup> car) {
        Builder document = new Builder();
        document.orderId = event.orderId().toString();
        document.status = "PENDING";
        document.customerId = event.customerId().toString();
        customer.ifPresent(known -> {
            document.customerName = known.name();
            document.customerEmail = known.email();
        });
        document.vin = event.vin();
        car.ifPresent(known -> {
            document.make = known.make();
            document.model = known.model();
            document.year = known.year();
            document.listPricePence = known.pricePence();
        });
        document.deliveryDate = event.deliveryDate();
        document.placedAt = event.placedAt();
        return document.build();
    }

    OrderDocument confirmed(long price, LocalDate date, Instant at) {
        Builder document = toBuilder();
        document.status = "CONFIRMED";
        document.pricePence = price;
        document.deliveryDate = date;
        document.confirmedAt = at;
        return document.build();
    }

    OrderDocument rejected(String reason, Instant at) {
        Builder document = toBuilder();
        document.status = "REJECTED";
        document.rejectionReason = reason;
        document.rejectedAt = at;
        return document.build();
    }

    OrderDocument cancelled(String reason, Instant at) {
        Builder document = toBuilder();
        document.status = "CANCELLED";
        document.cancellationReason = reason;
        document.cancelledAt = at;
        return document.build();
    }

    OrderDocument delivered(Instant at) {
        Builder document = toBuilder();
        document.status = "DELIVERED";
        document.deliveredAt = at;
        document.minutesToDelivery = Duration.between(placedAt, at).toMinutes();
        return document.build();
    }

    /** A builder holding this document's fields, to change some by name. */
    Builder toBuilder() {
        Builder builder = new Builder();
        builder.orderId = orderId;
        builder.status = status;
        builder.customerId = customerId;
        builder.customerName = customerName;
        builder.customerEmail = customerEmail;
        builder.vin = vin;
        builder.make = make;
        builder.model = model;
        builder.year = year;
        builder.listPricePence = listPricePence;
        builder.pricePence = pricePence;
        builder.deliveryDate = deliveryDate;
        builder.rejectionReason = rejectionReason;
        builder.cancellationReason = cancellationReason;
        builder.placedAt = placedAt;
        builder.confirmedAt = confirmedAt;
        builder.rejectedAt = rejectedAt;
        builder.cancelledAt = cancelledAt;
        builder.deliveredAt = deliveredAt;
        builder.minutesToDelivery = minutesToDelivery;
        return builder;
    }

    /** The fields of a document under construction, by name; the only caller of the canonical constructor. */
    static final class Builder {
        private String orderId;
        private String status;
        private String customerId;
        private String customerName;
        private String customerEmail;
        private String vin;
        private String make;
        private String model;
        private Integer year;
        private Long listPricePence;
        private Long pricePence;
        private LocalDate deliveryDate;
        private String rejectionReason;
        private String cancellationReason;
        private Instant placedAt;
        private Instant confirmedAt;
        private Instant rejectedAt;
        private Instant cancelledAt;
        private Instant deliveredAt;
        private Long minutesToDelivery;

        private Builder() {
        }

        OrderDocument build() {
            return new OrderDocument(orderId, status, customerId, customerName, customerEmail, vin, make, model, year,
                    listPricePence, pricePence, deliveryDate, rejectionReason, cancellationReason, placedAt,
                    confirmedAt, rejectedAt, cancelledAt, deliveredAt, minutesToDelivery);
        }
    }
}
