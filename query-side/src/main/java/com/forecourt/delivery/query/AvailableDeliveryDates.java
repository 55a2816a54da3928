package com.forecourt.delivery.query;

import java.util.List;

/**
 * The answer to {@link FindAvailableDeliveryDates}: days with free slots, by date. A named record, not a bare list,
 * so that the element type survives a serializing query bus (ADR 10).
 */
public record AvailableDeliveryDates(List<AvailableDeliveryDate> days) {

    public AvailableDeliveryDates {
        days = days == null ? List.of() : List.copyOf(days);
    }
}
