package com.forecourt.delivery.query;

import java.time.LocalDate;

/** A delivery day as a buyer sees it: its date and how many of its slots are free (at least one). */
public record AvailableDeliveryDate(LocalDate date, int freeSlots) {
}
