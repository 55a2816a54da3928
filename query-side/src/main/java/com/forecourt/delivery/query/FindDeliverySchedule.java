package com.forecourt.delivery.query;

import java.time.LocalDate;

/** Asks for the open delivery days from one date to another, both included; answered with a {@link DeliverySchedule} of {@link DeliveryDayView}s by date. */
public record FindDeliverySchedule(LocalDate from, LocalDate to) {
}
