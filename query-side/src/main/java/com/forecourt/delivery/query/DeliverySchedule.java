package com.forecourt.delivery.query;

import java.util.List;

/**
 * The answer to {@link FindDeliverySchedule}: the open delivery days in the range, by date. A named record, not a
 * bare list, so that the element type survives a serializing query bus (ADR 10).
 */
public record DeliverySchedule(List<DeliveryDayView> days) {

    public DeliverySchedule {
        days = days == null ? List.of() : List.copyOf(days);
    }
}
