package com.forecourt.order.query;

import com.forecourt.order.api.OrderStatus;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Restricts an order list; every given restriction must hold, a status list matches any of its statuses. */
public record OrderFilter(List<OrderStatus> status, UUID customerId, String vin, LocalDate deliveryFrom,
                          LocalDate deliveryTo) {

    public OrderFilter {
        status = status == null ? List.of() : List.copyOf(status);
    }

    /** No restriction. */
    public static OrderFilter none() {
        return new OrderFilter(null, null, null, null, null);
    }
}
