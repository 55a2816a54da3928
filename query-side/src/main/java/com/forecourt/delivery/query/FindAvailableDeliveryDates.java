package com.forecourt.delivery.query;

import java.time.LocalDate;

/**
 * Asks for the open delivery days from one date to another, both included, that have a free slot; answered with
 * {@link AvailableDeliveryDates} by date. For buyers: the answer names no order.
 */
public record FindAvailableDeliveryDates(LocalDate from, LocalDate to) {
}
